import Foundation
import GRDB
import KNAnalysis

/// Opens kn index files with the `kn` tokenizer registered and checks they were built by this
/// analyzer and schema, so an old index is never queried with a new analysis.
public enum IndexDatabase {
    /// Keys of the `meta` table.
    enum MetaKey {
        static let analyzerVersion = "analyzerVersion"
        static let schemaVersion = "schemaVersion"
        static let sources = "sources"
        static let lastUpdate = "lastUpdate"
        static let lastSummary = "lastSummary"
    }

    /// A connection configuration that knows the `kn` tokenizer and waits for a busy writer.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            db.add(tokenizer: AnalyzerTokenizer.self)
        }
        return configuration
    }

    /// Queries read the index through a memory map (SQLite's default is none): a common term's
    /// doclists and the rows it scores are then read in place instead of copied page by page
    /// through `pread`, a sixth of a query for 学 at ×100. Address space only; SQLite maps no
    /// more than the file.
    static let readerMapSize = 1 << 30

    /// Opens the index at `location` for queries after checking its versions.
    public static func openForReading(_ location: IndexLocation) throws -> DatabaseQueue {
        guard location.exists else { throw IndexError.missing(path: location.path) }
        let queue: DatabaseQueue
        do {
            var configuration = configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = \(readerMapSize)") }
            queue = try DatabaseQueue(path: location.path, configuration: configuration)
            try queue.read { db in try checkVersions(db) }
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError.unreadable(path: location.path, reason: "not a kn index (\(describe(error)))")
        }
        return queue
    }

    /// Fails with `needsRebuild` unless the index was written by this analyzer and schema.
    static func checkVersions(_ db: Database) throws {
        let analyzer = try meta(MetaKey.analyzerVersion, in: db).flatMap(Int.init)
        let schema = try meta(MetaKey.schemaVersion, in: db).flatMap(Int.init)
        guard let analyzer, let schema else {
            throw IndexError.needsRebuild(reason: "the index is incomplete or was built by an older kn")
        }
        if analyzer != Analyzer.version {
            throw IndexError.needsRebuild(
                reason: "the index was built by analyzer version \(analyzer), this kn uses \(Analyzer.version)")
        }
        if schema != IndexSchema.version {
            throw IndexError.needsRebuild(
                reason: "the index has schema version \(schema), this kn uses \(IndexSchema.version)")
        }
    }

    static func meta(_ key: String, in db: Database) throws -> String? {
        guard try db.tableExists("meta") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    static func setMeta(_ key: String, _ value: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// The sources recorded by the last rebuild, as absolute paths.
    public static func recordedSources(_ location: IndexLocation) -> [String] {
        guard location.exists,
            let queue = try? DatabaseQueue(path: location.path, configuration: configuration()),
            let json = try? queue.read({ try meta(MetaKey.sources, in: $0) }),
            let sources = try? JSONDecoder().decode([String].self, from: Data(json.utf8))
        else { return [] }
        return sources
    }

    /// A one-line description of a GRDB or SQLite error, without SQL text.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        return String(describing: error)
    }
}
