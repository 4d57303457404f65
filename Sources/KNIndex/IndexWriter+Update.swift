import Foundation
import GRDB
import KNAnalysis
import KNIngest

extension IndexWriter {
    /// Brings the index in step with `sources`: indexes new files, re-indexes changed ones and
    /// removes the items of files gone from the sources, in one write transaction on the live
    /// WAL database (readers keep their snapshot until it commits).
    ///
    /// With nothing to do it opens no write transaction and writes nothing. A changed file that
    /// no longer parses keeps its old items and is listed in `skipped`. Without an index yet it
    /// runs `rebuild`; an index of another analyzer or schema throws `IndexError.needsRebuild`.
    public func update(sources: [String]) throws -> IndexSummary {
        guard location.exists else { return try rebuild(sources: sources) }
        return try describingDatabaseErrors { try updateIndex(sources: sources) }
    }

    private func updateIndex(sources: [String]) throws -> IndexSummary {
        let started = Date()
        let lock = try IndexLock.acquire(at: location.lockPath, wait: wait)
        defer { withExtendedLifetime(lock) {} }
        let database = try DatabaseQueue(path: location.path, configuration: IndexDatabase.configuration())
        let recorded = try database.read { db in
            try IndexDatabase.checkVersions(db)
            return try RecordedState(db)
        }
        var summary = IndexSummary(command: "update")
        let files = try scan(sources, summary: &summary)
        let plan = UpdatePlan.make(files: files, known: recorded.files)
        let metaChanged = recorded.sources != sources || Set(recorded.skipped) != Set(summary.skipped)
        if plan.isEmpty && !metaChanged {
            summary.seconds = Date().timeIntervalSince(started)
            return summary
        }
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try apply(plan, to: db, summary: &summary, started: started)
                try InterruptFlag.check()
                let metaChanged = recorded.sources != sources || Set(recorded.skipped) != Set(summary.skipped)
                if summary.changedAnything || metaChanged {
                    summary.seconds = Date().timeIntervalSince(started)
                    try writeMeta(sources: sources, summary: summary, in: db)
                } else if plan.restamped.isEmpty {
                    return .rollback  // only files that still fail to parse: nothing to keep
                }
                return .commit
            }
        }
        // Housekeeping only: the update is committed whether or not the WAL can be folded now.
        try? checkpoint(database)
        try database.close()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Removes, re-indexes and restamps what `plan` lists, inside the caller's transaction.
    private func apply(_ plan: UpdatePlan, to db: Database, summary: inout IndexSummary, started: Date) throws {
        var store = IssueStore()
        let firstNewItem = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM item") ?? 0) + 1
        for path in plan.removed {
            try store.remove(path: path, in: db)
            summary.removedFiles += 1
            detail("removed \(path)")
        }
        try reindex(plan, store: &store, in: db, summary: &summary, started: started)
        for file in plan.restamped {
            try db.execute(
                sql: "UPDATE sourceFile SET size = ?, mtime = ? WHERE path = ?",
                arguments: [file.size, file.mtime, file.path])
        }
        guard summary.changedAnything else { return }
        // A link row exists only while an item points at it, as after a fresh rebuild.
        try db.execute(sql: "DELETE FROM link WHERE id NOT IN (SELECT linkId FROM item WHERE linkId IS NOT NULL)")
        try InterruptFlag.check()
        // The topics the last rebuild stored; a changed topics file takes effect at the next rebuild.
        try TopicTagger.tagItems(from: firstNewItem, in: db)
    }

    /// Parses new and changed files; a changed file's old items go only once it parsed.
    private func reindex(
        _ plan: UpdatePlan, store: inout IssueStore, in db: Database, summary: inout IndexSummary, started: Date
    ) throws {
        let changed = Set(plan.changed.map(\.path))
        try forEachParsed(plan.filesToIndex, summary: &summary, started: started) { file, result, summary in
            let items = result.issues.reduce(0) { $0 + $1.items.count }
            if changed.contains(file.path) {
                try store.remove(path: file.path, in: db)
                summary.changedFiles += 1
                detail("changed \(file.path) (\(items) items)")
            } else {
                summary.addedIssues += result.issues.count
                summary.addedItems += items
                detail("added \(file.path) (\(items) items)")
            }
            try store.insert(result.issues, from: file, in: db)
        }
    }
}

/// What the last run recorded in the index: its files, sources and skipped list.
private struct RecordedState {
    let files: [String: UpdatePlan.KnownFile]
    let sources: [String]
    let skipped: [String]

    init(_ db: Database) throws {
        files = try UpdatePlan.knownFiles(in: db)
        let sourcesJSON = try IndexDatabase.meta(IndexDatabase.MetaKey.sources, in: db) ?? "[]"
        sources = (try? JSONDecoder().decode([String].self, from: Data(sourcesJSON.utf8))) ?? []
        let summaryJSON = try IndexDatabase.meta(IndexDatabase.MetaKey.lastSummary, in: db) ?? ""
        skipped = IndexSummary.decode(summaryJSON)?.skipped ?? []
    }
}
