import Foundation
import GRDB
import KNIndex

/// Runs queries against an open index and returns ranked, merged hits.
public struct Searcher {
    let database: DatabaseQueue
    public var weights = FieldWeights.standard

    public init(database: DatabaseQueue) {
        self.database = database
    }

    /// Parses, plans and runs `request`; throws `QueryError` for a query that cannot run.
    public func search(_ request: SearchRequest) throws -> [Hit] {
        try run(request, explaining: false).hits
    }

    /// The hits with how they were found, for `--explain`.
    public func explain(_ request: SearchRequest) throws -> SearchExplanation {
        try run(request, explaining: true)
    }

    /// Runs the query; an SQLite error about the MATCH expression becomes a `QueryError`, so no
    /// SQLite message ever reaches the reader.
    private func run(_ request: SearchRequest, explaining: Bool) throws -> SearchExplanation {
        do {
            return try evaluate(request, explaining: explaining)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw QueryError("the query is too complex to run; simplify it", column: 1)
        }
    }

    private func evaluate(_ request: SearchRequest, explaining: Bool) throws -> SearchExplanation {
        var node = try QueryParser().parse(request.query)
        if let topic = request.topic {
            let filter = QueryNode.filter(.topic(topic), column: 0)
            if case .all(let children) = node { node = .all(children + [filter]) } else { node = .all([node, filter]) }
        }
        return try database.read { db in
            let plan = try QueryPlan.make(for: node, catalog: try TopicCatalog(db))
            let allowed = try plan.allowedItems(db)
            var ranked: [RankedItem]
            var conceptRanking: ConceptRanking?
            switch plan.strategy {
            case .concepts(let concepts, let wholePhrase):
                let excluded = try plan.exclusion.map { try Set(ConceptRanker.matchingIDs($0, db)) } ?? []
                let ranking = try ConceptRanker(concepts: concepts, wholePhrase: wholePhrase, weights: weights)
                    .rank(db, allowed: allowed, excluded: excluded)
                ranked = ranking.items
                conceptRanking = ranking
            case .expression(let match):
                ranked = try ExpressionRanker(match: match, weights: weights).rank(db, allowed: allowed)
            case .filtersOnly:
                ranked = (allowed ?? []).map { RankedItem(id: $0) }
            case .nothing:
                ranked = []
            }
            // Any offset and limit a caller passes page without trapping: negative ones are 0,
            // and past the end there is nothing.
            let offset = max(request.offset, 0)
            let limit = max(request.limit, 0)
            let candidates = Self.withoutFewerConcepts(ranked, enough: offset.addingReportingOverflow(limit).overflow ? .max : offset + limit)
            let enough = min(offset, candidates.count) + min(limit, candidates.count)
            let (merged, summaries) = try ordered(candidates, enough: enough, sort: request.sort, db)
            var page = Array(merged.dropFirst(offset).prefix(limit))
            let highlight: (Int64) -> String? = { id in
                if case .expression(let match) = plan.strategy { return match }
                return conceptRanking?.highlight(of: id)
            }
            let hits = try HitLoader(highlight: highlight)
                .load(page, startRank: min(offset, candidates.count) + 1, summaries: summaries, db)
            guard explaining else { return SearchExplanation(node: node, plan: plan, page: page, fieldScores: [], hits: hits) }
            for index in page.indices {
                if let conceptRanking { page[index].parts = conceptRanking.parts(of: page[index].id) }
                if case .expression(let match) = plan.strategy { page[index].parts = [("query", match, page[index].score)] }
            }
            let fields = try page.map { try FieldScores.of($0, weights: weights, db) }
            return SearchExplanation(node: node, plan: plan, page: page, fieldScores: fields, hits: hits)
        }
    }

    /// The first `enough` hits in order with duplicate links merged, and the summaries that
    /// ordered them. In relevance order only the best few candidates are summarised and sorted,
    /// more when merging leaves too few; date order needs every candidate's date.
    private func ordered(_ candidates: [RankedItem], enough: Int, sort: SearchRequest.Sort, _ db: Database)
        throws -> ([RankedItem], [Int64: ItemSummary])
    {
        var wanted = sort == .relevance ? max(enough * 4, 64) : candidates.count
        while true {
            let selected = RelevanceSelection.best(wanted, of: candidates)
            let summaries = try ItemSummary.load(selected.map(\.id), db)
            let sorted = selected.sorted { order($0, $1, sort: sort, summaries: summaries) }
            let merged = DuplicateLinkMerger().merge(sorted, summaries: summaries)
            if merged.count >= enough || selected.count >= candidates.count { return (merged, summaries) }
            // Grow by how much merging shrank this round, so an archive of recurring links
            // needs a round or two, not one per doubling.
            let shrink = Double(selected.count) / Double(max(merged.count, 1))
            wanted = max(wanted * 2, Int(Double(enough) * shrink * 1.5))
        }
    }

    /// Items matching every concept, followed by those matching fewer only when the full matches
    /// do not fill the page (the coordination fallback of a multi-word query).
    static func withoutFewerConcepts(_ ranked: [RankedItem], enough: Int) -> [RankedItem] {
        let most = ranked.map(\.matchedConcepts).max() ?? 0
        let complete = ranked.filter { $0.matchedConcepts == most }
        return complete.count >= enough ? complete : ranked
    }

    /// Relevance (recency breaks ties) or date order (relevance breaks ties).
    private func order(_ left: RankedItem, _ right: RankedItem, sort: SearchRequest.Sort, summaries: [Int64: ItemSummary]) -> Bool {
        let leftSummary = summaries[left.id]
        let rightSummary = summaries[right.id]
        let leftDate = leftSummary?.date ?? ""
        let rightDate = rightSummary?.date ?? ""
        switch sort {
        case .newest where leftDate != rightDate: return leftDate > rightDate
        case .oldest where leftDate != rightDate: return leftDate < rightDate
        default: break
        }
        if ConceptRanker.precedes(left, right) { return true }
        if ConceptRanker.precedes(right, left) { return false }
        if leftDate != rightDate { return leftDate > rightDate }
        return (leftSummary?.ordinal ?? 0, left.id) < (rightSummary?.ordinal ?? 0, right.id)
    }
}
