import Foundation
import GRDB

/// The SQL that finds and scores candidate items for one compiled query.
struct CandidateQuery {
    let compiled: MatchExpressionCompiler.Compiled
    let weights: FieldWeights
    let sort: SearchRequest.Sort
    let limit: Int

    /// One matching item with what the printers need.
    struct Candidate {
        var id: Int64
        var linkID: Int64?
        var hit: Hit
        var score: Double

        func hit(rank: Int) -> Hit {
            var hit = hit
            hit.rank = rank
            return hit
        }
    }

    func fetch(_ db: Database) throws -> [Candidate] {
        var arguments: StatementArguments = []
        var conditions: [String] = []
        let score: String
        let snippets: String
        let from: String
        if let match = compiled.match {
            from = "itemFTS JOIN item ON item.id = itemFTS.rowid JOIN issue ON issue.id = item.issueId"
            conditions.append("itemFTS MATCH ?")
            arguments += [match]
            score = "-\(weights.bm25SQL)"
            snippets = (0..<3).map { "snippet(itemFTS, \($0), char(1), char(2), '…', 40)" }.joined(separator: ", ")
        } else {
            from = "item JOIN issue ON issue.id = item.issueId"
            score = "0.0"
            snippets = "item.title, item.description, item.commentary"
        }
        for filter in compiled.filters {
            let (condition, values) = FilterSQL.condition(for: filter)
            conditions.append(condition)
            arguments += StatementArguments(values)
        }
        let order =
            switch sort {
            case .relevance: "score DESC, issue.date DESC, item.ordinal"
            case .newest: "issue.date DESC, score DESC, item.ordinal"
            case .oldest: "issue.date ASC, score DESC, item.ordinal"
            }
        arguments += [limit]
        let sql = """
            SELECT item.id, item.linkId, item.kind, item.section, item.title, item.url, item.links, item.domain,
                   item.commentary, issue.number, issue.title AS issueTitle, issue.date, \(score) AS score,
                   \(snippets)
            FROM \(from)
            WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND "))
            ORDER BY \(order)
            LIMIT ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(candidate)
    }

    private func candidate(_ row: Row) -> Candidate {
        let title = Snippet(marked: row[13] ?? "")
        let description = Snippet(marked: row[14] ?? "")
        let commentary = Snippet(marked: row[15] ?? "")
        let best = [commentary, description, title].first(where: \.hasMatch) ?? (commentary.text.isEmpty ? description : commentary)
        let linksJSON: String = row["links"] ?? "[]"
        let links = (try? JSONDecoder().decode([String].self, from: Data(linksJSON.utf8))) ?? []
        let score: Double = row["score"]
        let hit = Hit(
            rank: 0, score: (score * 1000).rounded() / 1000, issue: row["number"], issueTitle: row["issueTitle"],
            date: row["date"], section: row["section"], kind: row["kind"], title: row["title"], url: row["url"],
            links: links, domain: row["domain"], snippet: best.text,
            highlights: best.highlights.map { [$0.lowerBound, $0.upperBound] }, commentary: row["commentary"],
            alsoIn: [], topics: [])
        return Candidate(id: row["id"], linkID: row["linkId"], hit: hit, score: score)
    }
}
