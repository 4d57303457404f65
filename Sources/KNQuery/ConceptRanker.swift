import Foundation
import GRDB
import KNIndex

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

    /// A concept matching fewer items than a default page (`SearchRequest.limit`) as typed also
    /// tries its fallback spellings.
    static let fallbackBelow = 10

    /// Every item matching at least one concept, unsorted; `parts` stay empty (see `parts(of:)`).
    func rank(_ db: Database, allowed: Set<Int64>?, excluded: Set<Int64>) throws -> ConceptRanking {
        var items: [Int64: RankedItem] = [:]
        var bestByConcept: [[Int64: ConceptRanking.Match]] = []
        var conceptIDFs: [Double] = []
        let total = try IndexedItemCount.fetch(db)
        for concept in concepts {
            var best: [Int64: ConceptRanking.Match] = [:]
            for (index, alternative) in concept.alternatives.enumerated() {
                if alternative.isFallback, best.count >= Self.fallbackBelow { continue }
                let matches = try scores(alternative.expression, db)
                best.reserveCapacity(best.count + matches.count)
                let idf = Self.idf(matching: matches.count, of: total)
                for (id, score) in matches {
                    // A fallback finds more items; it never rescores one a full spelling found.
                    if alternative.isFallback, let found = best[id], !concept.alternatives[found.alternative].isFallback {
                        continue
                    }
                    let weighted = score / idf * alternative.weight
                    if weighted > best[id]?.score ?? -1 { best[id] = ConceptRanking.Match(alternative: index, score: weighted) }
                }
            }
            let conceptIDF = Self.idf(matching: best.count, of: total)
            items.reserveCapacity(max(items.count, best.count))
            for (id, match) in best where allowed?.contains(id) ?? true && !excluded.contains(id) {
                items[id, default: RankedItem(id: id)].addConcept(score: match.score * conceptIDF)
            }
            bestByConcept.append(best)
            conceptIDFs.append(conceptIDF)
        }
        if let wholePhrase {
            for id in try Self.matchingIDs(wholePhrase, db) where items[id] != nil {
                items[id]?.matchesWholePhrase = true
            }
        }
        return ConceptRanking(
            concepts: concepts, items: Array(items.values), bestByConcept: bestByConcept, conceptIDFs: conceptIDFs)
    }

    /// Every item matching `expression` with its BM25 score (higher is better).
    func scores(_ expression: String, _ db: Database) throws -> [(Int64, Double)] {
        let statement = try db.cachedStatement(sql: "SELECT rowid, -\(weights.bm25SQL) FROM itemFTS WHERE itemFTS MATCH ?")
        var scores: [(Int64, Double)] = []
        let rows = try Row.fetchCursor(statement, arguments: [expression])
        while let row = try rows.next() { scores.append((row[0], row[1])) }
        return scores
    }

    /// The items matching `expression`, unscored: a whole-phrase check or an exclusion needs no BM25.
    static func matchingIDs(_ expression: String, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT rowid FROM itemFTS WHERE itemFTS MATCH ?"), arguments: [expression])
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
