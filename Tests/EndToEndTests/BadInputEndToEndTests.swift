import Foundation
import KNTestSupport
import Testing

/// Bad files among good ones, through the built `kn-index`: each gives one `PATH: reason` line,
/// the run finishes with exit 1 ("some files skipped"), and everything else is searchable.
@Suite("Bad input end to end")
struct BadInputEndToEndTests {
    static let badInput = CLIProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/bad-input")
    static let archive = CLIProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/archive")

    /// The fixture folder plus the cases too big or too odd to commit: a 10 MB single line,
    /// 200,000-deep nesting, an unreadable file and a symlink loop.
    func makeCorpus(in folder: TemporaryFolder) throws -> String {
        let corpus = folder.path("corpus")
        try FileManager.default.copyItem(atPath: Self.badInput.path, toPath: corpus)
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.archive.path) {
            try FileManager.default.copyItem(atPath: Self.archive.path + "/" + file, toPath: corpus + "/" + file)
        }
        let header = "# Weekly Kaggle News #%d\nhttps://example.com/issues/%d\n"
        let entry = """
            <p><strong style='display: block;'><a href="https://example.com/%@">%@</a></strong><p>desc</p></p>
            <p><p>%@</p></p>
            """
        let longLine = String(format: header, 208, 208) + String(repeating: "<b>x</b>", count: 1_310_720)
        try longLine.write(toFile: corpus + "/2022-02-08_Weekly Kaggle News #208.md", atomically: false, encoding: .utf8)
        let deep = String(format: header, 207, 207) + String(repeating: "<div>", count: 200_000)
            + String(format: entry, "deep", "Deep nesting", "深い入れ子の中の剪定の記事。")
        try deep.write(toFile: corpus + "/2022-02-07_Weekly Kaggle News #207.md", atomically: false, encoding: .utf8)
        let locked = corpus + "/2022-02-09_Weekly Kaggle News #209.md"
        try (String(format: header, 209, 209) + String(format: entry, "locked", "Locked", "読めない号")).write(
            toFile: locked, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        try FileManager.default.createSymbolicLink(atPath: corpus + "/loop", withDestinationPath: corpus)
        return corpus
    }

    @Test("Every bad file is reported once by name; the good ones are indexed; exit 1")
    func badFilesAmongGoodOnes() throws {
        let folder = try TemporaryFolder()
        let corpus = try makeCorpus(in: folder)
        let db = folder.path("index.sqlite")
        let started = Date()
        let result = try CLIProcess.run("kn-index", ["rebuild", "--db", db, corpus])
        #expect(Date().timeIntervalSince(started) < 60, "a bad file must never hang the run")
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        func line(for name: String) -> String? { lines.first { $0.contains(name) } }
        #expect(line(for: "_empty.md")?.hasSuffix(": empty file") == true)
        #expect(line(for: "_image-renamed.md")?.contains(": binary file") == true)
        #expect(line(for: "#203.md")?.contains("invalid UTF-8") == true)
        #expect(line(for: "_untitled.md")?.contains("no issue number") == true)
        #expect(line(for: "#206.md")?.contains("NUL") == true)
        #expect(line(for: "loop") != nil, "the symlink loop is reported")
        if getuid() != 0 { #expect(line(for: "#209.md") != nil, "the unreadable file is reported") }
        for line in lines { #expect(line.hasPrefix("kn-index: ")) }

        let found = [
            "量子アニーリング": "https://example.com/sjis", "量子化": "https://example.com/truncated",
            "蒸留": "https://example.com/nonumber", "枝刈り": "https://example.com/nul",
            "剪定": "https://example.com/deep", "熱力学": "https://example.net/thermo",
        ]
        for (query, url) in found {
            let search = try CLIProcess.run("kn-search", ["--db", db, "--json", query])
            #expect(search.jsonLines.map { $0["url"] as? String } == [url], "\(query)")
        }
    }
}
