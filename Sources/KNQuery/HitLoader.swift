import Foundation
import GRDB

/// Loads the printed fields of one page of hits, with snippets highlighted for the query.
struct HitLoader {
    /// The expression whose matches an item's snippet marks (nil: the item's opening words).
    let highlight: (Int64) -> String?

    func load(_ page: [RankedItem], startRank: Int, summaries: [Int64: ItemSummary], _ db: Database) throws -> [Hit] {
        let ids = page.map(\.id)
        let json = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        var snippets: [Int64: [String]] = [:]
        // One lookup by rowid per hit: FTS5 seeks to it, where `rowid IN (…)` would walk
        // every match of the expression.
        let statement = try db.cachedStatement(sql: """
            SELECT \((0..<3).map { "snippet(itemFTS, \($0), char(1), char(2), '…', 56)" }.joined(separator: ", "))
            FROM itemFTS WHERE itemFTS MATCH ? AND rowid = ?
            """)
        for id in ids {
            guard let expression = highlight(id) else { continue }
            if let row = try Row.fetchOne(statement, arguments: [expression, id]) { snippets[id] = [row[0], row[1], row[2]] }
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT item.id, item.kind, item.section, item.title, item.url, item.links, item.domain,
                       item.description, item.commentary, issue.number, issue.title AS issueTitle, issue.date,
                       (SELECT json_group_array(topic.name) FROM itemTopic JOIN topic ON topic.id = itemTopic.topicId
                        WHERE itemTopic.itemId = item.id) AS topics
                FROM item JOIN issue ON issue.id = item.issueId
                WHERE item.id IN (SELECT value FROM json_each(?))
                """,
            arguments: [json])
        let byID = Dictionary(uniqueKeysWithValues: rows.map { (($0["id"] as Int64), $0) })
        var hits: [Hit] = []
        for (offset, ranked) in page.enumerated() {
            guard let row = byID[ranked.id] else { continue }
            var hit = makeHit(row, snippets: snippets[ranked.id], rank: startRank + offset, score: ranked.score)
            if let summary = summaries[ranked.id] { hit.alsoIn = try DuplicateLinkMerger().alsoIn(summary, db) }
            hits.append(hit)
        }
        return hits
    }

    private func makeHit(_ row: Row, snippets: [String]?, rank: Int, score: Double) -> Hit {
        let marked = (snippets ?? []).map { Snippet(marked: $0) }
        let commentary: String = row["commentary"]
        let description: String = row["description"]
        let fallback = Snippet(marked: String((commentary.isEmpty ? description : commentary).prefix(80)))
        let order = marked.count == 3 ? [marked[2], marked[1], marked[0]] : []
        let best = order.first(where: \.hasMatch) ?? fallback
        return Hit(
            rank: rank, score: (score * 10000).rounded() / 10000, issue: row["number"], issueTitle: row["issueTitle"],
            date: row["date"], section: row["section"], kind: row["kind"], title: row["title"], url: row["url"],
            links: Self.decode(row["links"]), domain: row["domain"], snippet: best.text,
            highlights: best.highlights.map { [$0.lowerBound, $0.upperBound] }, commentary: commentary,
            alsoIn: [], topics: Self.decode(row["topics"]))
    }

    private static func decode(_ json: String?) -> [String] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
