import GRDB

/// Ranks items for queries with explicit structure (OR, groups, fields, prefixes): one FTS5
/// MATCH of the compiled expression, ordered by BM25 with field weights.
struct ExpressionRanker {
    let match: String
    let weights: FieldWeights

    func rank(_ db: Database, allowed: Set<Int64>?) throws -> [RankedItem] {
        let statement = try db.cachedStatement(sql: "SELECT rowid, -\(weights.bm25SQL) FROM itemFTS WHERE itemFTS MATCH ?")
        var ranked: [RankedItem] = []
        let rows = try Row.fetchCursor(statement, arguments: [match])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard allowed?.contains(id) ?? true else { continue }
            ranked.append(RankedItem(id: id, score: row[1], matchedConcepts: 1))
        }
        return ranked
    }
}
