import Foundation
import GRDB
import KNAnalysis
import KNIngest

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that writes an index: `rebuild` and `update` (in `IndexWriter+Update.swift`),
/// each under the writer lock.
///
/// `rebuild` builds a complete new index in a file beside the live one and publishes it with
/// SQLite's backup API into the live WAL database: one write transaction, so readers see the
/// old index or the new one, never a mix, and a kill at any moment leaves the old one intact.
/// (Renaming the new file over the live one is not safe: SQLite would replay the old `-wal`.)
/// Only the very first index, with no live one yet, is published by a rename.
public struct IndexWriter {
    public let location: IndexLocation
    /// Seconds to wait for another writer; nil fails at once with `IndexError.locked`.
    public var wait: Double?
    /// Receives one line per skipped file or warning as they happen.
    public var report: (String) -> Void
    /// Receives one line per file added, changed or removed by `update` (for `--verbose`).
    public var detail: (String) -> Void = { _ in }
    /// Receives the progress after every file read.
    public var progress: (IndexProgress) -> Void = { _ in }

    public init(location: IndexLocation, wait: Double? = nil, report: @escaping (String) -> Void = { _ in }) {
        self.location = location
        self.wait = wait
        self.report = report
    }

    /// Re-indexes every file of `sources` (files or folders) from scratch and records the sources.
    public func rebuild(sources: [String]) throws -> IndexSummary {
        try describingDatabaseErrors { try rebuildIndex(sources: sources) }
    }

    private func rebuildIndex(sources: [String]) throws -> IndexSummary {
        let started = Date()
        try createFolder()
        let lock = try IndexLock.acquire(at: location.lockPath, wait: wait)
        defer { withExtendedLifetime(lock) {} }
        var summary = IndexSummary(command: "rebuild")
        let files = try scan(sources, summary: &summary)
        let building = location.buildingPath
        removeDatabaseFiles(at: building)
        defer { removeDatabaseFiles(at: building) }
        let aside = try DatabaseQueue(path: building, configuration: IndexDatabase.configuration())
        // The aside file is thrown away on any failure, so it needs no journal.
        try aside.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        }
        try IndexSchema.migrator.migrate(aside)
        try aside.write { db in
            try FTS5BulkLoad.load(in: db) {
                try insert(files, into: db, summary: &summary, started: started)
            }
            try InterruptFlag.check()
            // One segment before tagging: each topic's MATCH then reads one doclist per term.
            try db.execute(sql: "INSERT INTO itemFTS(itemFTS) VALUES ('optimize')")
            let (topics, topicWarnings) = TopicDictionary.load()
            topicWarnings.forEach(report)
            try TopicTagger.retag(in: db, dictionary: topics)
            summary.seconds = Date().timeIntervalSince(started)
            try writeMeta(sources: sources, summary: summary, in: db)
        }
        try InterruptFlag.check()
        if location.exists {
            try publish(aside)
            try aside.close()
        } else {
            try publishFirst(aside)
        }
        return summary
    }

    /// Inserts every file as `ParseAhead` parses it.
    private func insert(_ files: [URL], into db: Database, summary: inout IndexSummary, started: Date) throws {
        var store = IssueStore()
        try forEachParsed(files, summary: &summary, started: started) { file, result, summary in
            try store.insert(result.issues, from: file, in: db)
            summary.addedIssues += result.issues.count
            summary.addedItems += result.issues.reduce(0) { $0 + $1.items.count }
        }
    }

    /// Parses `files` in order on `ParseAhead`'s thread and hands each one that parsed to `body`,
    /// polling for signals before each file and reporting progress after it; files that fail
    /// are recorded as skipped by `record`.
    func forEachParsed(
        _ files: [URL], summary: inout IndexSummary, started: Date,
        _ body: (ScannedFile, IngestResult, inout IndexSummary) throws -> Void
    ) throws {
        var bytesDone = 0
        let reader = ParseAhead(files)
        defer { reader.stop() }
        for index in files.indices {
            try InterruptFlag.check()
            guard let parsed = reader.next() else { break }
            if let (file, result) = record(parsed, summary: &summary) {
                try body(file, result, &summary)
                bytesDone += file.size
            }
            progress(IndexProgress(
                filesDone: index + 1, filesTotal: files.count, bytesDone: bytesDone,
                elapsed: Date().timeIntervalSince(started)))
        }
    }

    /// Scans sources for files, reporting unreadable entries as skipped; a missing source is an error.
    func scan(_ sources: [String], summary: inout IndexSummary) throws -> [URL] {
        for source in sources where !FileManager.default.fileExists(atPath: source) {
            throw IndexError.missingSource(path: source)
        }
        let (files, problems) = try SourceScanner.files(in: sources.map { URL(fileURLWithPath: $0) })
        for problem in problems {
            summary.skipped.append(problem.description)
            report(problem.description)
        }
        return files
    }

    /// Counts and reports a parsed file's warnings, or its skip line; a skipped file gives nil.
    func record(_ parsed: ParsedFile, summary: inout IndexSummary) -> (ScannedFile, IngestResult)? {
        switch parsed {
        case .parsed(let file, let result):
            for warning in result.warnings {
                summary.warnings.append(warning.description)
                report(warning.description)
            }
            return (file, result)
        case .skipped(let line):
            summary.skipped.append(line)
            report(line)
            return nil
        }
    }

    /// Records versions, sources, the time and the run's summary (JSON, with its skipped files).
    func writeMeta(sources: [String], summary: IndexSummary, in db: Database) throws {
        let sourcesJSON = String(decoding: try JSONEncoder().encode(sources), as: UTF8.self)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.analyzerVersion, String(Analyzer.version), in: db)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.schemaVersion, String(IndexSchema.version), in: db)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.sources, sourcesJSON, in: db)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.lastUpdate, ISO8601DateFormatter().string(from: Date()), in: db)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.lastSummary, summary.json, in: db)
    }

    /// Copies the finished index into the live WAL database in one transaction, then folds the
    /// WAL back so the file on disk is the new index.
    private func publish(_ aside: DatabaseQueue) throws {
        let live = try DatabasePool(path: location.path, configuration: IndexDatabase.configuration())
        try aside.backup(to: live)
        try checkpoint(live)
        try live.close()
    }

    /// Publishes the first index by renaming it into place, so a writer killed before this
    /// point leaves no index at all rather than an empty one.
    private func publishFirst(_ aside: DatabaseQueue) throws {
        try aside.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try aside.close()
        // The aside file was written without syncs; make it durable before it becomes the index.
        if let handle = FileHandle(forUpdatingAtPath: location.buildingPath) {
            try handle.synchronize()
            try handle.close()
        }
        // A `-wal` left without its database would be replayed into the renamed file.
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: location.path + suffix)
        }
        guard rename(location.buildingPath, location.path) == 0 else {
            throw IndexError.unreadable(path: location.path, reason: String(cString: strerror(errno)))
        }
    }

    /// Folds the WAL into the database file and empties it, so a later no-change `update` and
    /// readers closing their connections have nothing left to write back.
    func checkpoint(_ database: some DatabaseWriter) throws {
        try database.writeWithoutTransaction { db in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// Runs `body`, turning SQLite errors (disk full, not a database) into a one-line `IndexError`.
    func describingDatabaseErrors<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw IndexError.unreadable(path: location.path, reason: IndexDatabase.describe(error))
        }
    }

    /// Creates the folder of the index (`~/.local/share/kn`) when it is missing.
    private func createFolder() throws {
        let folder = (location.path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            let reason = (error as NSError).localizedDescription
            throw IndexError.unreadable(path: folder, reason: "cannot create folder (\(reason))")
        }
    }

    private func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
