import Foundation
import KNTestSupport
import Testing

/// Runs the built `kn-index` and `kn-search` on temporary indexes, as a user would.
@Suite("kn-index and kn-search end to end")
struct SearchEndToEndTests {
    static let corpus = CLIProcess.packageRoot.appendingPathComponent("Corpus").path
    static let archive = CLIProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/archive").path

    func index(_ sources: [String], in folder: TemporaryFolder) throws -> String {
        let db = folder.path("index.sqlite")
        let result = try CLIProcess.run("kn-index", ["rebuild", "--db", db] + sources)
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    @Test("The seed issue answers 自己教師あり学習 with the DINO article, match highlighted")
    func seedQuery() throws {
        let folder = try TemporaryFolder()
        let db = try index([Self.corpus], in: folder)
        let result = try CLIProcess.run("kn-search", ["--db", db, "--json", "自己教師あり学習"])
        #expect(result.status == 0)
        let first = try #require(result.jsonLines.first)
        #expect(first["url"] as? String == "https://oumpy.github.io/blog/2021/05/dino.html")
        #expect(first["issue"] as? Int == 84)
        #expect(first["date"] as? String == "2021-07-23")
        #expect(first["schema"] as? Int == 1)
        let snippet = try #require(first["snippet"] as? String)
        let highlights = try #require(first["highlights"] as? [[Int]])
        let bytes = Array(snippet.utf8)
        let matched = highlights.map { String(decoding: bytes[$0[0]..<$0[1]], as: UTF8.self) }
        #expect(matched.contains("自己教師あり学習"))
    }

    @Test("Text output names rank, title, issue, date and URL; piped output has no escapes")
    func textOutput() throws {
        let folder = try TemporaryFolder()
        let db = try index([Self.corpus], in: folder)
        let result = try CLIProcess.run("kn-search", ["--db", db, "自己教師あり学習"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1. 【論文まとめ】DINO"))
        #expect(result.stdout.contains("#84 · 2021-07-23"))
        #expect(result.stdout.contains("https://oumpy.github.io/blog/2021/05/dino.html"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("Two-character words match; full-width spellings find what ASCII finds")
    func shortWordsAndWidths() throws {
        let folder = try TemporaryFolder()
        let db = try index([Self.corpus], in: folder)
        let short = try CLIProcess.run("kn-search", ["--db", db, "--json", "学習"])
        #expect(short.status == 0 && !short.jsonLines.isEmpty)
        let wide = try CLIProcess.run("kn-search", ["--db", db, "--json", "--limit", "50", "ＰｙＴｏｒｃｈ"])
        let ascii = try CLIProcess.run("kn-search", ["--db", db, "--json", "--limit", "50", "pytorch"])
        #expect(!wide.jsonLines.isEmpty)
        #expect(wide.jsonLines.map { $0["url"] as? String } == ascii.jsonLines.map { $0["url"] as? String })
    }

    @Test("Stray FTS5 syntax never reaches SQLite", arguments: ["\"(", "NEAR(", "a AND", "^*", ":", "-", "\"\"", "title:"])
    func straySyntax(query: String) throws {
        let folder = try TemporaryFolder()
        let db = try index([Self.corpus], in: folder)
        let result = try CLIProcess.run("kn-search", ["--db", db, query])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.lowercased().contains("sqlite"))
        #expect(!result.stderr.lowercased().contains("fts5"))
    }

    @Test("An unknown field is an error naming its column, exit 2")
    func unknownField() throws {
        let folder = try TemporaryFolder()
        let db = try index([Self.corpus], in: folder)
        let result = try CLIProcess.run("kn-search", ["--db", db, "pytorch foo:bar"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("kn-search: unknown field 'foo:'"))
        #expect(result.stderr.contains("at column 9"))
    }

    @Test("A recurring link entry is shown once with also_in; a 3-character word never matches scattered characters")
    func duplicatesAndPhrases() throws {
        let folder = try TemporaryFolder()
        let db = try index([Self.archive], in: folder)
        let metric = try CLIProcess.run("kn-search", ["--db", db, "--json", "距離学習"])
        let entries = metric.jsonLines.filter { $0["url"] as? String == "https://example.com/posts/metric-learning" }
        #expect(entries.count == 1)
        #expect(entries.first?["also_in"] as? [Int] != nil)
        let also = (entries.first?["also_in"] as? [Int] ?? []) + [entries.first?["issue"] as? Int ?? 0]
        #expect(Set(also) == [100, 101])
        let thermo = try CLIProcess.run("kn-search", ["--db", db, "--json", "熱力学"])
        #expect(thermo.jsonLines.map { $0["url"] as? String } == ["https://example.net/thermo"])
    }

    @Test("Half-width katakana and a dropped trailing ー still match")
    func variants() throws {
        let folder = try TemporaryFolder()
        let db = try index([Self.archive], in: folder)
        // カグル also names the Kaggle topic, so Kaggle items follow; the literal spelling leads.
        let kaggle = try CLIProcess.run("kn-search", ["--db", db, "--json", "カグル"])
        #expect(kaggle.jsonLines.first?["url"] as? String == "https://example.org/kaggle-book")
        let server = try CLIProcess.run("kn-search", ["--db", db, "--json", "サーバ"])
        #expect(server.jsonLines.map { $0["url"] as? String } == ["https://example.org/kaggle-book"])
    }

    @Test("No hits exits 1 with nothing on stdout")
    func nothingFound() throws {
        let folder = try TemporaryFolder()
        let db = try index([Self.corpus], in: folder)
        let result = try CLIProcess.run("kn-search", ["--db", db, "--json", "存在しない単語列ですxyz"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test("Without an index, kn-search builds one from ./Corpus first and says so")
    func firstRunBuildsIndex() throws {
        let folder = try TemporaryFolder()
        let home = folder.path("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let result = try CLIProcess.run(
            "kn-search", ["--json", "自己教師あり学習"], environment: ["HOME": home, "XDG_DATA_HOME": ""],
            currentDirectory: CLIProcess.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("building it from"))
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/kn/index.sqlite"))
        #expect(result.jsonLines.first?["url"] as? String == "https://oumpy.github.io/blog/2021/05/dino.html")
    }

    @Test("A missing SOURCE is an error naming it, exit 2")
    func missingSource() throws {
        let folder = try TemporaryFolder()
        let result = try CLIProcess.run("kn-index", ["rebuild", "--db", folder.path("x.sqlite"), folder.path("nope")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nope: no such file or directory"))
    }

    @Test("--help shows examples and exits 0", arguments: ["kn-search", "kn-index"])
    func help(executable: String) throws {
        let result = try CLIProcess.run(executable, ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
    }
}
