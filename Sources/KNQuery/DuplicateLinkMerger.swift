import GRDB

/// Shows a link entry that recurs in several issues once, at its best-placed item, and lists
/// the other issues in `also_in`. News paragraphs that mention the same URL report different
/// news and stay separate hits.
struct DuplicateLinkMerger {
    /// Drops later entries of an already-shown link, keeping order.
    func merge(_ ordered: [RankedItem], summaries: [Int64: ItemSummary]) -> [RankedItem] {
        var seen = Set<Int64>()
        return ordered.filter { item in
            guard let summary = summaries[item.id], summary.kind == "entry", let link = summary.linkID else { return true }
            return seen.insert(link).inserted
        }
    }

    /// The other issues carrying the same link entry as `summary`.
    func alsoIn(_ summary: ItemSummary, _ db: Database) throws -> [Int] {
        guard summary.kind == "entry", let link = summary.linkID else { return [] }
        let statement = try db.cachedStatement(sql: """
                SELECT DISTINCT issue.number FROM item JOIN issue ON issue.id = item.issueId
                WHERE item.linkId = ? AND item.kind = 'entry' AND item.id != ? AND issue.number IS NOT NULL
                  AND issue.number IS NOT ?
                ORDER BY issue.number
                """)
        return try Int.fetchAll(statement, arguments: [link, summary.id, summary.issue])
    }
}
