import Foundation
import GRDB
import KNAnalysis
import KNIngest

/// The only code that writes an index: `rebuild` and `update`, each under the writer lock.
///
/// `rebuild` builds a complete new index in a file beside the live one and publishes it with
/// SQLite's backup API into the live WAL database: one write transaction, so readers see the
/// old index or the new one, never a mix, and a kill at any moment leaves the old one intact.
/// (Renaming the new file over the live one is not safe: SQLite would replay the old `-wal`.)
public struct IndexWriter {
    public let location: IndexLocation
    /// Seconds to wait for another writer; nil fails at once with `IndexError.locked`.
    public var wait: Double?
    /// Receives one line per skipped file or warning as they happen.
    public var report: (String) -> Void

    public init(location: IndexLocation, wait: Double? = nil, report: @escaping (String) -> Void = { _ in }) {
        self.location = location
        self.wait = wait
        self.report = report
    }

    /// Re-indexes every file of `sources` (files or folders) from scratch and records the sources.
    public func rebuild(sources: [String]) throws -> IndexSummary {
        let started = Date()
        try FileManager.default.createDirectory(
            atPath: (location.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let lock = try IndexLock.acquire(at: location.lockPath, wait: wait)
        defer { withExtendedLifetime(lock) {} }
        var summary = IndexSummary()
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
            var store = IssueStore()
            for url in files {
                try InterruptFlag.check()
                guard let (file, result) = parse(url, summary: &summary) else { continue }
                try store.insert(result.issues, from: file, in: db)
                summary.addedIssues += result.issues.count
                summary.addedItems += result.issues.reduce(0) { $0 + $1.items.count }
            }
            let (topics, topicWarnings) = TopicDictionary.load()
            topicWarnings.forEach(report)
            try TopicTagger.retag(in: db, dictionary: topics)
            try db.execute(sql: "INSERT INTO itemFTS(itemFTS) VALUES ('optimize')")
            summary.seconds = Date().timeIntervalSince(started)
            try writeMeta(sources: sources, summary: summary, in: db)
        }
        try InterruptFlag.check()
        try publish(aside)
        try aside.close()
        return summary
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

    /// Reads and parses one file; a file that cannot be indexed is reported and counted, not thrown.
    func parse(_ url: URL, summary: inout IndexSummary) -> (ScannedFile, IngestResult)? {
        do {
            let file = try ScannedFile.read(url)
            let result = try IssueReader.read(data: file.data, path: file.path)
            for warning in result.warnings {
                summary.warnings.append(warning.description)
                report(warning.description)
            }
            return (file, result)
        } catch {
            let line = (error as? IngestError)?.description ?? "\(url.path): \(error)"
            summary.skipped.append(line)
            report(line)
            return nil
        }
    }

    func writeMeta(sources: [String], summary: IndexSummary, in db: Database) throws {
        let sourcesJSON = String(decoding: try JSONEncoder().encode(sources), as: UTF8.self)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.analyzerVersion, String(Analyzer.version), in: db)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.schemaVersion, String(IndexSchema.version), in: db)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.sources, sourcesJSON, in: db)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.lastUpdate, ISO8601DateFormatter().string(from: Date()), in: db)
        try IndexDatabase.setMeta(IndexDatabase.MetaKey.lastSummary, summary.line, in: db)
    }

    /// Copies the finished index into the live WAL database in one transaction, then folds the
    /// WAL back so the file on disk is the new index.
    private func publish(_ aside: DatabaseQueue) throws {
        let live = try DatabasePool(path: location.path, configuration: IndexDatabase.configuration())
        try aside.backup(to: live)
        try live.writeWithoutTransaction { db in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try live.close()
    }

    private func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
