import Foundation
import KNTestSupport
import Testing

/// `kn-index feed` and the feed step of `kn-index update`, against the fixture server on loopback:
/// entries archived once each and indexed, a changed feed picked up, a 304 for an unchanged one,
/// and every failing feed reported in one line without stopping the rest.
@Suite("kn-index feeds end to end")
struct FeedEndToEndTests {
    /// Subscribed feed name → fixture route; `changing` is subscribed without `--name`.
    static let working = ["rss": "rss.xml", "atom": "atom.xml", "etag": "etag.xml", "moved": "moved.xml"]
    static let changingName = "127-0-0-1-feeds-changing"
    /// Failing feed name → route and the reason its line must give.
    static let failing = [
        "error": ("error.xml", "HTTP 500"), "hang": ("hang.xml", "timed out after 2 s"),
        "page": ("page.html", "not a feed but an HTML page"), "huge": ("huge.xml", "response larger than 50 MB"),
        "loop": ("loop.xml", "more than 5 redirects"),
    ]

    /// The items the first update's unique words find: RSS with content:encoded (served gzip), Atom
    /// (HTML and XHTML content), an RSS description, a feed behind two redirects, the changing feed.
    static let firstUpdateURLs: Set<String> = [
        "https://example.com/zorbulent-guide", "https://example.org/quixotrel", "https://example.org/vector-search",
        "https://example.com/gadzookery", "https://moved.example.com/wumpicle", "https://example.net/plimbertine",
    ]

    /// A folder with a local source (the seed issue), an index path and the server.
    struct Setup {
        let folder: TemporaryFolder
        let server: FeedServer
        let source: String
        let db: String
        var archive: String { folder.path("feeds") }

        func indexCommand(_ arguments: [String]) throws -> CLIProcess.Output {
            try CLIProcess.run("kn-index", arguments + ["--db", db])
        }

        func search(_ query: String) throws -> CLIProcess.Output {
            try CLIProcess.run("kn-search", ["--db", db, "--json", "--limit", "20", query])
        }

        /// The `.xml` files of a feed's archive folder.
        func stats() throws -> [String: Any] {
            let result = try indexCommand(["stats", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        }

        func archived(_ name: String) -> Set<String> {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path("feeds/\(name)"))) ?? []
            return Set(files.filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") })
        }
    }

    func setUp() throws -> Setup {
        let folder = try TemporaryFolder()
        let server = try FeedServer(in: folder)
        let source = folder.path("src")
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        let seed = "2021-07-23_Weekly Kaggle News #84.md"
        try FileManager.default.copyItem(
            atPath: CLIProcess.packageRoot.appendingPathComponent("Corpus/\(seed)").path, toPath: source + "/" + seed)
        let setup = Setup(folder: folder, server: server, source: source, db: folder.path("index.sqlite"))
        let routes = Self.working.merging(Self.failing.mapValues(\.0)) { first, _ in first }
        for (name, route) in routes.sorted(by: { $0.key < $1.key }) {
            let added = try setup.indexCommand(["feed", "add", server.url(route), "--name", name])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let unnamed = try setup.indexCommand(["feed", "add", server.url("changing.xml")])
        #expect(unnamed.stdout.hasPrefix("subscribed \(Self.changingName) ("), "\(unnamed.stdout)")
        return setup
    }

    /// Runs `update` and checks the feed lines: exactly one per failing feed, none for the others.
    func update(_ setup: Setup, _ comment: String) throws -> CLIProcess.Output {
        let result = try setup.indexCommand(["update", "--fetch-timeout", "2", setup.source])
        #expect(result.status == 1, "\(comment): a failed feed exits 1 like a skipped file\n\(result.stderr)")
        let feedLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("kn-index: feed ") }
        #expect(feedLines.count == Self.failing.count, "\(comment): \(feedLines)")
        for (name, (route, reason)) in Self.failing {
            let prefix = "kn-index: feed \(name) (\(setup.server.url(route))): "
            let lines = feedLines.filter { $0.hasPrefix(prefix) }
            #expect(lines.count == 1 && lines[0].contains(reason), "\(comment): \(name): \(feedLines)")
        }
        return result
    }

    func expectHits(_ setup: Setup, _ query: String, _ expected: Bool, _ comment: String) throws {
        let result = try setup.search(query)
        #expect(result.status == (expected ? 0 : 1), "\(comment): \(query)\n\(result.stderr)")
    }

    @Test("Two updates archive each entry once, index it, pick up a changed feed, and skip failing feeds")
    func twoUpdates() throws {
        let setup = try setUp()
        let server = setup.server

        _ = try update(setup, "first update")
        #expect(setup.archived("rss").count == 2)
        #expect(setup.archived("atom").count == 2)
        #expect(setup.archived("etag").count == 1)
        #expect(setup.archived("moved").count == 1, "two redirects are followed")
        #expect(setup.archived(Self.changingName).count == 2)
        for name in Self.failing.keys {
            #expect(!FileManager.default.fileExists(atPath: setup.folder.path("feeds/\(name)")), "\(name)")
        }
        let words = try setup.search("zorbulent OR quixotrel OR ベクトル検索 OR gadzookery OR wumpicle OR plimbertine")
        let urls = Set(words.jsonLines.compactMap { $0["url"] as? String })
        #expect(urls == Self.firstUpdateURLs, "\(words.stderr)")
        try expectHits(setup, "snarfwobble", false, "before the feed changed")
        let rssRequest = try #require(server.requests(for: "rss.xml").first)
        #expect((rssRequest["user_agent"] as? String)?.hasPrefix("kn/") == true)
        #expect((rssRequest["accept_encoding"] as? String)?.contains("gzip") == true)
        let dino = try setup.search("自己教師あり学習").jsonLines
        #expect(Set(dino.compactMap { $0["issue"] as? Int }) == [84, 200], "the local issue and the archived #200")

        let firstFiles = setup.archived(Self.changingName)
        try server.setPhase(2)
        _ = try update(setup, "second update")
        #expect(setup.archived("rss").count == 2, "unchanged entries are not duplicated")
        #expect(setup.archived("atom").count == 2)
        #expect(setup.archived("etag").count == 1)
        let secondFiles = setup.archived(Self.changingName)
        #expect(secondFiles.count == 3 && secondFiles.isSuperset(of: firstFiles), "a changed entry is rewritten in place")
        try expectHits(setup, "snarfwobble", true, "the entry only the second version has")
        try expectHits(setup, "florbish", true, "the changed entry's new text")
        try expectHits(setup, "初版の解説", false, "the changed entry's old text")

        let etag = server.requests(for: "etag.xml")
        #expect(etag.count == 2)
        #expect(etag.first?["if_none_match"] is NSNull, "the first request is unconditional")
        #expect(etag.last?["if_none_match"] as? String == "\"etag-v1\"", "the second is conditional")
        #expect(etag.last?["if_modified_since"] as? String == "Tue, 02 Jan 2024 12:00:00 GMT")

        let stats = try setup.stats()
        #expect(stats["issues"] as? Int == 1 + 2 + 2 + 3 + 1 + 1, "the local issue and every archived entry, once")
        #expect(try setup.indexCommand(["check"]).status == 0)
        try offlineAndRebuild(setup)
    }

    /// `--offline` fetches nothing; after unsubscribing, a rebuild still indexes the archived entries.
    func offlineAndRebuild(_ setup: Setup) throws {
        let before = setup.server.requests().count
        let offline = try setup.indexCommand(["update", "--offline"])
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stderr.isEmpty, "nothing changed and nothing fetched")
        #expect(setup.server.requests().count == before)

        let removed = try setup.indexCommand(["feed", "remove", Self.changingName])
        #expect(removed.status == 0)
        #expect(removed.stdout.contains("archived entries stay in \(setup.archive)/\(Self.changingName)"))
        let rebuilt = try setup.indexCommand(["rebuild", setup.source])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        try expectHits(setup, "snarfwobble", true, "a rebuild indexes the archive of a removed feed")
        let stats = try setup.stats()
        let sources = stats["sources"] as? [String] ?? []
        #expect(sources.contains(setup.archive), "\(sources)")
    }

    @Test("feed add, list and remove: default names, unique names, bad input; list --json")
    func subscriptions() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("kn/index.sqlite")
        func run(_ arguments: [String]) throws -> CLIProcess.Output {
            try CLIProcess.run("kn-index", ["feed"] + arguments + ["--db", db])
        }
        let substack = "https://weeklykagglenews.substack.com/feed"
        let added = try run(["add", substack])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("subscribed weeklykagglenews-substack-com (\(substack))"))
        #expect(FileManager.default.fileExists(atPath: db + ".feeds.json"), "the subscriptions live beside the index")
        #expect(!FileManager.default.fileExists(atPath: db), "subscribing creates no index")

        let again = try run(["add", substack])
        #expect(again.status == 2 && again.stderr.contains("already subscribed"), "\(again.stderr)")
        let other = try run(["add", "https://www.example.com/blog/rss.xml", "--name", "Blog"])
        #expect(other.status == 0)
        let taken = try run(["add", "https://example.org/feed", "--name", "blog"])
        #expect(taken.status == 2 && taken.stderr.contains("already exists"), "\(taken.stderr)")
        let badName = try run(["add", "https://example.org/feed", "--name", "../x"])
        #expect(badName.status == 2 && badName.stderr.contains("invalid feed name"), "\(badName.stderr)")
        let badURL = try run(["add", "ftp://example.org/feed"])
        #expect(badURL.status == 2 && badURL.stderr.hasPrefix("kn-index: not a feed address"), "\(badURL.stderr)")
        let sameHost = try run(["add", "https://weeklykagglenews.substack.com/feed/"])
        #expect(sameHost.stdout.hasPrefix("subscribed weeklykagglenews-substack-com-2 "), "default names are made unique")

        let list = try run(["list", "--json"])
        #expect(list.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? Int == 1)
        let feeds = try #require(object["feeds"] as? [[String: Any]])
        #expect(feeds.compactMap { $0["name"] as? String } == ["weeklykagglenews-substack-com", "Blog", "weeklykagglenews-substack-com-2"])
        #expect(feeds.first?["last_error"] is NSNull)
        #expect(feeds.first?["entries"] as? Int == 0)
        #expect((feeds.first?["archive"] as? String)?.hasSuffix("/kn/feeds/weeklykagglenews-substack-com") == true)

        #expect(try run(["remove", substack]).status == 0, "by address")
        #expect(try run(["remove", "Blog"]).status == 0, "by name")
        let missing = try run(["remove", "Blog"])
        #expect(missing.status == 2 && missing.stderr.contains("no feed named"))
        let text = try run(["list"])
        #expect(text.stdout.hasPrefix("weeklykagglenews-substack-com-2\thttps://weeklykagglenews.substack.com/feed/\tnot fetched yet"))
    }
}
