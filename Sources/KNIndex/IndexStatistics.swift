import Foundation
import GRDB
import KNIngest

/// What an index holds, for `kn-index stats`: counts, the sources, and the last run's summary.
///
/// Read without the version check, so an index that needs a rebuild still shows its versions.
public struct IndexStatistics: Sendable {
    public var issues = 0
    public var items = 0
    /// Distinct canonical primary links.
    public var links = 0
    /// Indexed source files.
    public var files = 0
    /// Items per normalised section name.
    public var sections: [String: Int] = [:]
    /// Items per kind (`entry`, `paragraph`, `embed`), every kind present.
    public var kinds: [String: Int] = [:]
    /// Topics known to the index and items tagged with at least one.
    public var topics = 0
    public var taggedItems = 0
    public var sources: [String] = []
    /// ISO 8601 time of the last run that changed the index.
    public var lastUpdate: String?
    /// The last run's summary (its `skipped` list is the files skipped then).
    public var lastSummary: IndexSummary?
    /// Size of the database file and its WAL.
    public var indexBytes = 0
    public var analyzerVersion: Int?
    public var schemaVersion: Int?

    /// Reads the statistics of the index at `location`.
    public static func read(at location: IndexLocation) throws -> IndexStatistics {
        guard location.exists else { throw IndexError.missing(path: location.path) }
        do {
            let database = try DatabaseQueue(path: location.path, configuration: IndexDatabase.configuration())
            defer { try? database.close() }
            var statistics = try database.read { try IndexStatistics(db: $0) }
            statistics.indexBytes = ["", "-wal"].reduce(0) { total, suffix in
                total + (ScannedFile.stat(location.path + suffix)?.size ?? 0)
            }
            return statistics
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError.unreadable(path: location.path, reason: "not a kn index (\(IndexDatabase.describe(error)))")
        }
    }

    private init(db: Database) throws {
        typealias Key = IndexDatabase.MetaKey
        analyzerVersion = try IndexDatabase.meta(Key.analyzerVersion, in: db).flatMap(Int.init)
        schemaVersion = try IndexDatabase.meta(Key.schemaVersion, in: db).flatMap(Int.init)
        lastUpdate = try IndexDatabase.meta(Key.lastUpdate, in: db)
        lastSummary = try IndexDatabase.meta(Key.lastSummary, in: db).flatMap(IndexSummary.decode)
        let sourcesJSON = try IndexDatabase.meta(Key.sources, in: db) ?? "[]"
        sources = (try? JSONDecoder().decode([String].self, from: Data(sourcesJSON.utf8))) ?? []
        guard try db.tableExists("item") else { return }
        issues = try Int.fetchOne(db, sql: "SELECT count(*) FROM issue") ?? 0
        items = try Int.fetchOne(db, sql: "SELECT count(*) FROM item") ?? 0
        links = try Int.fetchOne(db, sql: "SELECT count(*) FROM link") ?? 0
        files = try Int.fetchOne(db, sql: "SELECT count(*) FROM sourceFile") ?? 0
        topics = try Int.fetchOne(db, sql: "SELECT count(*) FROM topic") ?? 0
        taggedItems = try Int.fetchOne(db, sql: "SELECT count(DISTINCT itemId) FROM itemTopic") ?? 0
        sections = try Self.counts(of: "section", in: db)
        kinds = Dictionary(uniqueKeysWithValues: Item.Kind.allCases.map { ($0.rawValue, 0) })
        kinds.merge(try Self.counts(of: "kind", in: db)) { _, counted in counted }
    }

    /// Items per value of a column of `item` (a fixed column name, never user text).
    private static func counts(of column: String, in db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT \(column), count(*) FROM item GROUP BY \(column)")
        while let row = try rows.next() {
            counts[row[0]] = row[1]
        }
        return counts
    }
}
