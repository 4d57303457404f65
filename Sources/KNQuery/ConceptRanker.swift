import GRDB

/// Ranks items for a query of plain words: each concept scores by the best of its spellings
/// (BM25 with field weights; topic aliases weighted a little below the literal words); items
/// matching more concepts come first (coordination), then those containing the whole query as a
/// contiguous phrase, then by the summed score.
///
/// Taking the best spelling rather than the sum keeps a topic with many aliases from drowning
/// the other words of the query, and a frequent alias from outscoring the literal term.
struct ConceptRanker {
    let concepts: [QueryConcept]
    /// The whole query as one phrase, for multi-word queries.
    let wholePhrase: String?
    let weights: FieldWeights

    func rank(_ db: Database, allowed: Set<Int64>?, excluded: Set<Int64>) throws -> [RankedItem] {
        var items: [Int64: RankedItem] = [:]
        for concept in concepts {
            var best: [Int64: (alternative: String, score: Double)] = [:]
            for alternative in concept.alternatives {
                for (id, score) in try scores(alternative.expression, db) {
                    let weighted = score * alternative.weight
                    if weighted > best[id]?.score ?? -1 { best[id] = (alternative.expression, weighted) }
                }
            }
            for (id, match) in best where allowed?.contains(id) ?? true && !excluded.contains(id) {
                var item = items[id] ?? RankedItem(id: id, score: 0, matchedConcepts: 0, matchesWholePhrase: false, parts: [])
                item.score += match.score
                item.matchedConcepts += 1
                item.parts.append((concept.text, match.alternative, match.score))
                items[id] = item
            }
        }
        if let wholePhrase {
            for id in try Set(scores(wholePhrase, db).map(\.0)) where items[id] != nil {
                items[id]?.matchesWholePhrase = true
            }
        }
        return Array(items.values)
    }

    /// Every item matching `expression` with its BM25 score (higher is better).
    func scores(_ expression: String, _ db: Database) throws -> [(Int64, Double)] {
        try Row.fetchAll(
            db, sql: "SELECT rowid, -\(weights.bm25SQL) FROM itemFTS WHERE itemFTS MATCH ?", arguments: [expression]
        ).map { ($0[0], $0[1]) }
    }

    /// Coordination level, then whole-phrase matches, then score.
    static func precedes(_ left: RankedItem, _ right: RankedItem) -> Bool {
        if left.matchedConcepts != right.matchedConcepts { return left.matchedConcepts > right.matchedConcepts }
        if left.matchesWholePhrase != right.matchesWholePhrase { return left.matchesWholePhrase }
        return left.score > right.score
    }
}
