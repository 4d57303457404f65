import GRDB

/// Shows a link entry that recurs in several issues once, at its best-scoring item, and lists
/// the other issues in `also_in`. News paragraphs that mention the same URL report different
/// news and stay separate hits.
struct DuplicateLinkMerger {
    func merge(_ candidates: [CandidateQuery.Candidate], in db: Database) throws -> [CandidateQuery.Candidate] {
        var seen = Set<Int64>()
        var result: [CandidateQuery.Candidate] = []
        for var candidate in candidates {
            guard candidate.hit.kind == "entry", let linkID = candidate.linkID else {
                result.append(candidate)
                continue
            }
            guard seen.insert(linkID).inserted else { continue }
            candidate.hit.alsoIn = try Int.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT issue.number FROM item JOIN issue ON issue.id = item.issueId
                    WHERE item.linkId = ? AND item.kind = 'entry' AND item.id != ? AND issue.number IS NOT NULL
                      AND issue.number IS NOT ?
                    ORDER BY issue.number
                    """,
                arguments: [linkID, candidate.id, candidate.hit.issue])
            result.append(candidate)
        }
        return result
    }
}
