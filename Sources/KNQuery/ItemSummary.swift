import Foundation
import GRDB

/// What ordering and merging need to know of a ranked item, loaded in one query.
struct ItemSummary {
    let id: Int64
    let linkID: Int64?
    let kind: String
    let issue: Int?
    let date: String
    let ordinal: Int

    static func load(_ ids: [Int64], _ db: Database) throws -> [Int64: ItemSummary] {
        let json = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        let statement = try db.cachedStatement(sql: """
                SELECT item.id, item.linkId, item.kind, issue.number, issue.date, item.ordinal
                FROM item JOIN issue ON issue.id = item.issueId
                WHERE item.id IN (SELECT value FROM json_each(?))
                """)
        let rows = try Row.fetchAll(statement, arguments: [json])
        return Dictionary(uniqueKeysWithValues: rows.map { row in
            let summary = ItemSummary(
                id: row[0], linkID: row[1], kind: row[2], issue: row[3], date: row[4] ?? "", ordinal: row[5])
            return (summary.id, summary)
        })
    }
}
