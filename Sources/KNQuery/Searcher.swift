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

    /// Parses, compiles and runs `request`; throws `QueryError` for a query that cannot run.
    public func search(_ request: SearchRequest) throws -> [Hit] {
        let compiled = try MatchExpressionCompiler().compile(try QueryParser().parse(request.query))
        guard compiled.match != nil || !compiled.filters.isEmpty else { return [] }
        let window = (request.offset + request.limit) * 2 + 50
        let rows = try database.read { db in
            try CandidateQuery(compiled: compiled, weights: weights, sort: request.sort, limit: window).fetch(db)
        }
        let merged = try database.read { db in try DuplicateLinkMerger().merge(rows, in: db) }
        let page = merged.dropFirst(request.offset).prefix(request.limit)
        return page.enumerated().map { offset, candidate in
            candidate.hit(rank: request.offset + offset + 1)
        }
    }
}
