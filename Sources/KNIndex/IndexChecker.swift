import Foundation
import GRDB

/// `kn-index check`: SQLite's and FTS5's own integrity checks, the versions, and that every
/// issue's source file is recorded; indexed files since deleted are noted without failing, as
/// the index is only behind its sources until the next `update`.
///
/// FTS5's `integrity-check` with `rank = 1` also compares the index with the external content
/// table `item`, so an `itemFTS` out of step with its items is found
/// (<https://www.sqlite.org/fts5.html#the_integrity_check_command>).
public enum IndexChecker {
    /// What `check` found: damage that fails the check, and notes that do not.
    public struct Report: Sendable {
        /// One line per problem: the index is damaged or cannot be used as it is.
        public var problems: [String] = []
        /// One line per indexed file since deleted: the index is only behind its sources, which
        /// is normal between two `update` runs.
        public var notes: [String] = []
    }

    /// Checks the index at `location`.
    public static func check(_ location: IndexLocation) throws -> Report {
        guard location.exists else { throw IndexError.missing(path: location.path) }
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(path: location.path, configuration: IndexDatabase.configuration())
        } catch {
            throw IndexError.unreadable(path: location.path, reason: IndexDatabase.describe(error))
        }
        defer { try? database.close() }
        var report = Report()
        // The FTS5 check is an INSERT: run everything in a transaction that is rolled back.
        do {
            try database.writeWithoutTransaction { db in
                try db.inTransaction(.deferred) {
                    report.problems += try sqliteProblems(db)
                    if report.problems.isEmpty {
                        report.problems += try indexProblems(db)
                        report.notes += try deletedFiles(db)
                    }
                    return .rollback
                }
            }
        } catch {
            throw IndexError.unreadable(path: location.path, reason: "not a kn index (\(IndexDatabase.describe(error)))")
        }
        return report
    }

    private static func sqliteProblems(_ db: Database) throws -> [String] {
        do {
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return lines == ["ok"] ? [] : lines.map { "SQLite integrity check: \($0)" }
        } catch {
            return ["SQLite integrity check failed: \(IndexDatabase.describe(error))"]
        }
    }

    private static func indexProblems(_ db: Database) throws -> [String] {
        do {
            try IndexDatabase.checkVersions(db)
        } catch let error as IndexError {
            return [error.description]
        }
        var problems: [String] = []
        do {
            try db.execute(sql: "INSERT INTO itemFTS(itemFTS, rank) VALUES ('integrity-check', 1)")
        } catch {
            let reason = IndexDatabase.describe(error)
            problems.append("full-text index out of step with the items (\(reason)); run `kn-index rebuild`")
        }
        let orphans = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM item WHERE issueId NOT IN (SELECT id FROM issue)
               OR issueId IN (SELECT id FROM issue WHERE sourceFileId NOT IN (SELECT id FROM sourceFile))
            """) ?? 0
        if orphans > 0 {
            problems.append("\(orphans) items have no recorded source file; run `kn-index rebuild`")
        }
        return problems
    }

    private static func deletedFiles(_ db: Database) throws -> [String] {
        guard try db.tableExists("sourceFile") else { return [] }
        let paths = try String.fetchAll(db, sql: "SELECT path FROM sourceFile ORDER BY path")
        return paths.filter { !FileManager.default.fileExists(atPath: $0) }
            .map { "\($0): indexed file no longer exists; run `kn-index update`" }
    }
}
