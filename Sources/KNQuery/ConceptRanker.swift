import Foundation
import GRDB

/// Ranks items for a query of plain words: each concept scores by the best of its spellings
/// (BM25 with field weights; topic aliases weighted a little below the literal words); items
/// matching more concepts come first (coordination), then those containing the whole query as a
/// contiguous phrase, then by the summed score.
///
/// Taking the best spelling rather than the sum keeps a topic with many aliases from drowning
/// the other words of the query. Every spelling of a concept shares the concept's IDF (computed
/// from the items matching any spelling, as Lucene's SynonymQuery does): each spelling's BM25 is
/// divided by its own IDF and multiplied by the concept's, so a rare alias cannot outscore the
/// literal words just by being rare.
struct ConceptRanker {
    let concepts: [QueryConcept]
    /// The whole query as one phrase, for multi-word queries.
    let wholePhrase: String?
    let weights: FieldWeights

    func rank(_ db: Database, allowed: Set<Int64>?, excluded: Set<Int64>) throws -> [RankedItem] {
        var items: [Int64: RankedItem] = [:]
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM item") ?? 0
        for concept in concepts {
            var best: [Int64: (alternative: String, score: Double)] = [:]
            for alternative in concept.alternatives {
                let matches = try scores(alternative.expression, db)
                let idf = Self.idf(matching: matches.count, of: total)
                for (id, score) in matches {
                    let weighted = score / idf * alternative.weight
                    if weighted > best[id]?.score ?? -1 { best[id] = (alternative.expression, weighted) }
                }
            }
            let conceptIDF = Self.idf(matching: best.count, of: total)
            for (id, match) in best where allowed?.contains(id) ?? true && !excluded.contains(id) {
                var item = items[id] ?? RankedItem(id: id, score: 0, matchedConcepts: 0, matchesWholePhrase: false, parts: [])
                item.score += match.score * conceptIDF
                item.matchedConcepts += 1
                item.parts.append((concept.text, match.alternative, match.score * conceptIDF))
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

    /// FTS5's BM25 IDF (<https://www.sqlite.org/fts5.html#the_bm25_function>): a term in more
    /// than half the rows would go negative, so it is floored at 1e-6 as SQLite does.
    static func idf(matching count: Int, of total: Int) -> Double {
        let value = log((Double(total - count) + 0.5) / (Double(count) + 0.5))
        return max(value, 1e-6)
    }

    /// Coordination level, then whole-phrase matches, then score.
    static func precedes(_ left: RankedItem, _ right: RankedItem) -> Bool {
        if left.matchedConcepts != right.matchedConcepts { return left.matchedConcepts > right.matchedConcepts }
        if left.matchesWholePhrase != right.matchesWholePhrase { return left.matchesWholePhrase }
        return left.score > right.score
    }
}
