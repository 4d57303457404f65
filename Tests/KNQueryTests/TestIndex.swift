import Foundation
import GRDB
import KNAnalysis
@testable import KNIndex
import KNIngest
@testable import KNQuery

/// A kn index in a fresh temporary folder, filled with issues built by the test through the
/// production `IssueStore` (so links, triggers and `itemFTS` behave as after a rebuild); the
/// folder is removed when the value goes away.
final class TestIndex {
    let folder: URL
    let location: IndexLocation
    let queue: DatabaseQueue
    private var store = IssueStore()
    private var fileCount = 0

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kn-query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        location = IndexLocation(path: folder.appendingPathComponent("index.sqlite").path)
        var configuration = IndexDatabase.configuration()
        // A scratch file: no need to wait for the disk.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
        queue = try DatabaseQueue(path: location.path, configuration: configuration)
        try IndexSchema.migrator.migrate(queue)
        try queue.write { db in
            try IndexDatabase.setMeta(IndexDatabase.MetaKey.analyzerVersion, String(Analyzer.version), in: db)
            try IndexDatabase.setMeta(IndexDatabase.MetaKey.schemaVersion, String(IndexSchema.version), in: db)
        }
    }

    deinit {
        try? queue.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Inserts one issue as if read from its own source file.
    func add(number: Int?, date: String?, title: String? = nil, _ items: [Item]) throws {
        fileCount += 1
        let issue = Issue(
            number: number, title: title ?? "Weekly Test News #\(number.map(String.init) ?? "?")",
            url: nil, date: date, items: items)
        let file = ScannedFile(
            path: folder.appendingPathComponent("issue-\(fileCount).md").path, size: 0, mtime: 0,
            hash: String(fileCount), data: Data())
        try queue.write { db in try store.insert([issue], from: file, in: db) }
    }

    /// Adds an old issue of unrelated items, so the test's words stay rare enough for BM25 to
    /// give them a positive IDF (FTS5 clamps it to 1e-6 for a word in half the rows or more).
    func addFillers(_ count: Int = 10) throws {
        let texts = ["天気の話", "weather report", "猫と犬", "a short remark", "予定の確認", "misc links",
                     "週末の読書", "random thoughts", "会議のメモ", "plain text only"]
        try add(number: nil, date: "2000-01-01", title: "Fillers", (0..<count).map {
            entry("Filler \($0)", commentary: texts[$0 % texts.count], section: "Misc")
        })
    }

    /// Stores `topics` and tags the items, as a rebuild does with the topic dictionary.
    func retag(_ topics: [Topic]) throws {
        try queue.write { db in try TopicTagger.retag(in: db, dictionary: TopicDictionary(topics: topics)) }
    }

    var searcher: Searcher { Searcher(database: queue) }

    func search(
        _ query: String, limit: Int = 1000, offset: Int = 0, sort: SearchRequest.Sort = .relevance, topic: String? = nil
    ) throws -> [Hit] {
        try searcher.search(SearchRequest(query: query, limit: limit, offset: offset, sort: sort, topic: topic))
    }

    /// The titles of the hits for `query`, in order.
    func titles(
        _ query: String, limit: Int = 1000, offset: Int = 0, sort: SearchRequest.Sort = .relevance, topic: String? = nil
    ) throws -> [String] {
        try search(query, limit: limit, offset: offset, sort: sort, topic: topic).map(\.title)
    }
}

/// A link entry (title, link, description, commentary).
func entry(
    _ title: String, description: String = "", commentary: String = "", url: String? = nil, domain: String? = nil,
    section: String = "Articles"
) -> Item {
    Item(
        kind: .entry, section: section, rawSection: section, title: title, url: url, links: url.map { [$0] } ?? [],
        domain: domain, description: description, commentary: commentary)
}

/// A news paragraph; its first link is its `url`.
func paragraph(_ title: String, text: String, url: String? = nil, section: String = "News") -> Item {
    Item(
        kind: .paragraph, section: section, rawSection: section, title: title, url: url,
        links: url.map { [$0] } ?? [], domain: url.flatMap { URL(string: $0)?.host }, description: "",
        commentary: text)
}
