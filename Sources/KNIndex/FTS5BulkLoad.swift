import GRDB

/// Builds `itemFTS` in one pass once `rebuild` has inserted every item, rather than item by item
/// through its insert trigger.
///
/// A write to a virtual table from a trigger makes SQLite open a statement savepoint for every
/// `INSERT INTO item`, and FTS5 (SQLite 3.40) flushes its pending terms to a new segment at every
/// savepoint: one tiny segment per item, and the merges of all of them, were more than half of a
/// rebuild of 187,000 items (`scripts/bench --scale 100`: 136 s of inserts, 57 s without). Without
/// the trigger, FTS5's `rebuild` command reads `item` once into a 64 MiB hash (its `hashsize`,
/// 1 MiB by default) and writes a few large segments. The trigger is then created again from its
/// own SQL, so the schema stays the migration's, and `update` keeps the triggers.
/// See <https://www.sqlite.org/fts5.html#the_rebuild_command>.
enum FTS5BulkLoad {
    /// The insert trigger GRDB's `synchronize(withTable:)` creates for `itemFTS`.
    static let insertTrigger = "__itemFTS_ai"
    /// Pending-term memory while rebuilding (peak RSS of a ×100 rebuild: about 140 MB).
    static let hashSize = 64 << 20
    /// FTS5's own default, restored afterwards so the stored configuration is the usual one.
    static let defaultHashSize = 1 << 20

    /// Runs `insertItems` with the insert trigger dropped, then builds the full-text index from
    /// `item` and restores the trigger. Without the trigger (another GRDB), it just runs `insertItems`.
    static func load(in db: Database, insertItems: () throws -> Void) throws {
        let triggerSQL = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", arguments: [insertTrigger])
        guard !triggerSQL.isEmpty else { return try insertItems() }
        try db.execute(sql: "DROP TRIGGER \(insertTrigger)")
        try insertItems()
        try db.execute(sql: "INSERT INTO itemFTS(itemFTS, rank) VALUES ('hashsize', ?)", arguments: [hashSize])
        try db.execute(sql: "INSERT INTO itemFTS(itemFTS) VALUES ('rebuild')")
        try db.execute(sql: "INSERT INTO itemFTS(itemFTS, rank) VALUES ('hashsize', ?)", arguments: [defaultHashSize])
        for sql in triggerSQL { try db.execute(sql: sql) }
    }
}
