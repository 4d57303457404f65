import Foundation
import GRDB
import KNIngest

/// Writes parsed issues into the tables; `itemFTS` follows through its triggers.
///
/// Every statement is compiled once per connection (`cachedStatement`) and only re-bound per row:
/// compiling each `INSERT` anew was a fifth of a ×100 rebuild.
struct IssueStore {
    private var linkIDs: [String: Int64] = [:]
    private let encoder = JSONEncoder()

    /// Records `file` and inserts its issues and items.
    mutating func insert(_ issues: [Issue], from file: ScannedFile, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO sourceFile(path, size, mtime, hash) VALUES (?, ?, ?, ?)")
            .execute(arguments: [file.path, file.size, file.mtime, file.hash])
        let sourceFileID = db.lastInsertedRowID
        let insertIssue = try db.cachedStatement(
            sql: "INSERT INTO issue(sourceFileId, number, title, url, date) VALUES (?, ?, ?, ?, ?)")
        let insertItem = try db.cachedStatement(
            sql: """
                INSERT INTO item(issueId, ordinal, kind, section, rawSection, title, url, linkId, links,
                                 domain, description, commentary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for issue in issues {
            try insertIssue.execute(arguments: [sourceFileID, issue.number, issue.title, issue.url, issue.date])
            let issueID = db.lastInsertedRowID
            for (ordinal, item) in issue.items.enumerated() {
                let linkID = try item.url.map { try self.linkID(for: $0, in: db) }
                let links = String(decoding: try encoder.encode(item.links), as: UTF8.self)
                try insertItem.execute(arguments: [
                    issueID, ordinal, item.kind.rawValue, item.section, item.rawSection, item.title, item.url,
                    linkID, links, item.domain, item.description, item.commentary,
                ])
            }
        }
    }

    /// Deletes what `path` contributed; cascades remove its issues and items, triggers their FTS rows.
    func remove(path: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM sourceFile WHERE path = ?", arguments: [path])
    }

    private mutating func linkID(for url: String, in db: Database) throws -> Int64 {
        if let known = linkIDs[url] { return known }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO link(url) VALUES (?)").execute(arguments: [url])
        let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM link WHERE url = ?"), arguments: [url]) ?? db.lastInsertedRowID
        linkIDs[url] = id
        return id
    }
}
