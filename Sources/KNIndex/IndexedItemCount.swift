import Foundation
import GRDB

/// How many items `itemFTS` holds, read from FTS5's own totals rather than counted.
///
/// Every query needs the item count for its IDFs, and `count(*)` walks a B-tree of every item
/// (2 ms warm, 14 ms cold for 187,000 items). FTS5 keeps the same number, the one its `bm25()`
/// uses, as the first varint of its averages record (`%_data` row 1, see `fts5_index.c`), one
/// page away. A record that cannot be read that way falls back to counting.
public enum IndexedItemCount {
    public static func fetch(_ db: Database) throws -> Int {
        let statement = try db.cachedStatement(sql: "SELECT block FROM itemFTS_data WHERE id = 1")
        if let block = try Data?.fetchOne(statement) ?? nil, let count = firstVarint(of: block) {
            return count
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM item") ?? 0
    }

    /// SQLite's varint: big-endian groups of 7 bits, the high bit meaning "more follow", and a
    /// ninth byte of 8 bits. Nil for a truncated one or a count that does not fit an `Int`.
    static func firstVarint(of bytes: Data) -> Int? {
        var value: UInt64 = 0
        for (offset, byte) in bytes.prefix(9).enumerated() {
            if offset == 8 { value = value << 8 | UInt64(byte); return Int(exactly: value) }
            value = value << 7 | UInt64(byte & 0x7f)
            if byte & 0x80 == 0 { return Int(exactly: value) }
        }
        return nil
    }
}
