import Foundation
import GRDB
import KNIngest

/// Writes parsed issues into the tables; `itemFTS` follows through its triggers.
struct IssueStore {
    private var linkIDs: [String: Int64] = [:]

    /// Records `file` and inserts its issues and items.
    mutating func insert(_ issues: [Issue], from file: ScannedFile, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO sourceFile(path, size, mtime, hash) VALUES (?, ?, ?, ?)",
            arguments: [file.path, file.size, file.mtime, file.hash])
        let sourceFileID = db.lastInsertedRowID
        for issue in issues {
            try db.execute(
                sql: "INSERT INTO issue(sourceFileId, number, title, url, date) VALUES (?, ?, ?, ?, ?)",
                arguments: [sourceFileID, issue.number, issue.title, issue.url, issue.date])
            let issueID = db.lastInsertedRowID
            for (ordinal, item) in issue.items.enumerated() {
                let linkID = try item.url.map { try self.linkID(for: $0, in: db) }
                let links = String(decoding: try JSONEncoder().encode(item.links), as: UTF8.self)
                try db.execute(
                    sql: """
                        INSERT INTO item(issueId, ordinal, kind, section, rawSection, title, url, linkId, links,
                                         domain, description, commentary)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
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
        try db.execute(sql: "INSERT OR IGNORE INTO link(url) VALUES (?)", arguments: [url])
        let id = try Int64.fetchOne(db, sql: "SELECT id FROM link WHERE url = ?", arguments: [url]) ?? db.lastInsertedRowID
        linkIDs[url] = id
        return id
    }
}
