import GRDB

/// Ranks items for queries with explicit structure (OR, groups, fields, prefixes): one FTS5
/// MATCH of the compiled expression, ordered by BM25 with field weights.
struct ExpressionRanker {
    let match: String
    let weights: FieldWeights

    func rank(_ db: Database, allowed: Set<Int64>?) throws -> [RankedItem] {
        try Row.fetchAll(
            db, sql: "SELECT rowid, -\(weights.bm25SQL) FROM itemFTS WHERE itemFTS MATCH ?", arguments: [match]
        ).compactMap { row in
            let id: Int64 = row[0]
            guard allowed?.contains(id) ?? true else { return nil }
            let score: Double = row[1]
            return RankedItem(id: id, score: score, matchedConcepts: 1, matchesWholePhrase: false,
                              parts: [("query", match, score)])
        }
    }
}
