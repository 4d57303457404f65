import Foundation
import KNTestSupport
import Testing

/// `kn-index update` on real files: each kind of change shows in search exactly as a fresh
/// rebuild of the same files would, and a run with nothing to do writes nothing.
@Suite("kn-index update end to end")
struct UpdateEndToEndTests {
    static let seed = "2021-07-23_Weekly Kaggle News #84.md"
    static let first = "2022-01-07_Weekly Kaggle News #100.md"
    static let second = "2022-01-14_Weekly Kaggle News #101.md"
    static let queries = ["学習", "対照学習", "距離学習 OR 熱力学", "section:news"]

    /// A source folder with the seed issue and archive #100, and an index built from it.
    func prepare(_ folder: TemporaryFolder) throws -> (source: URL, db: String) {
        let source = folder.url.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try copy(Self.seed, from: "Corpus", to: source)
        try copy(Self.first, from: "Tests/EndToEndTests/Fixtures/archive", to: source)
        let db = folder.path("index.sqlite")
        let built = try CLIProcess.run("kn-index", ["rebuild", "--db", db, source.path])
        #expect(built.status == 0, "\(built.stderr)")
        return (source, db)
    }

    func copy(_ name: String, from folder: String, to source: URL) throws {
        let data = try Data(contentsOf: CLIProcess.packageRoot.appendingPathComponent(folder).appendingPathComponent(name))
        try data.write(to: source.appendingPathComponent(name))
    }

    /// Expects `db` to answer every query as a fresh rebuild of `source` does (scores within 1e-9).
    func expectSameAsRebuild(_ db: String, source: URL, folder: TemporaryFolder, _ comment: String) throws {
        let fresh = folder.path("fresh-\(UUID().uuidString).sqlite")
        #expect(try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", fresh, source.path]).status == 0)
        for query in Self.queries {
            let updated = try CLIProcess.run("kn-search", ["--db", db, "--json", "--limit", "100", query])
            let rebuilt = try CLIProcess.run("kn-search", ["--db", fresh, "--json", "--limit", "100", query])
            #expect(updated.status == rebuilt.status, "\(comment): \(query)")
            #expect(Self.masked(updated) == Self.masked(rebuilt), "\(comment): \(query)")
            let scores = zip(updated.jsonLines, rebuilt.jsonLines).map {
                abs(($0["score"] as? Double ?? 0) - ($1["score"] as? Double ?? 0))
            }
            #expect(scores.allSatisfy { $0 < 1e-9 }, "\(comment): \(query) scores differ")
        }
        let counts = ["issues", "items", "links", "files", "sections", "kinds", "topics", "tagged_items"]
        let updatedStats = try Self.stats(db)
        let rebuiltStats = try Self.stats(fresh)
        for key in counts {
            #expect(Self.json(updatedStats[key]) == Self.json(rebuiltStats[key]), "\(comment): stats \(key)")
        }
    }

    static func masked(_ output: CLIProcess.Output) -> [String] {
        output.jsonLines.map { hit in
            var hit = hit
            hit["score"] = nil
            let data = (try? JSONSerialization.data(withJSONObject: hit, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    static func json(_ value: Any?) -> String {
        guard let value else { return "null" }
        let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
    }

    static func stats(_ db: String) throws -> [String: Any] {
        let result = try CLIProcess.run("kn-index", ["stats", "--json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
    }

    @Test("Adding, changing and deleting an issue file: update answers as a fresh rebuild")
    func addChangeDelete() throws {
        let folder = try TemporaryFolder()
        let (source, db) = try prepare(folder)

        try copy(Self.second, from: "Tests/EndToEndTests/Fixtures/archive", to: source)
        let added = try CLIProcess.run("kn-index", ["update", "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.hasPrefix("kn-index: added 1 issue (3 items), changed 0, removed 0, skipped 0 in "))
        #expect(answeredIssues(try CLIProcess.run("kn-search", ["--db", db, "--json", "熱力学"])) == [101])
        try expectSameAsRebuild(db, source: source, folder: folder, "after adding #101")

        let seed = source.appendingPathComponent(Self.seed)
        let text = try String(contentsOf: seed, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "自己教師あり学習", with: "対照学習と自己教師あり学習").utf8).write(to: seed)
        let changed = try CLIProcess.run("kn-index", ["update", "--db", db, "--verbose"])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stderr.contains("kn-index: changed \(seed.path)"))
        #expect(changed.stderr.contains("changed 1, removed 0"))
        #expect(answeredIssues(try CLIProcess.run("kn-search", ["--db", db, "--json", "対照学習"])) == [84])
        try expectSameAsRebuild(db, source: source, folder: folder, "after changing #84")

        try FileManager.default.removeItem(at: source.appendingPathComponent(Self.first))
        let removed = try CLIProcess.run("kn-index", ["update", "--db", db])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stderr.contains("changed 0, removed 1"))
        let metric = try CLIProcess.run("kn-search", ["--db", db, "--json", "距離学習"])
        #expect(answeredIssues(metric) == [101])
        try expectSameAsRebuild(db, source: source, folder: folder, "after deleting #100")
        #expect(try CLIProcess.run("kn-index", ["check", "--db", db]).status == 0)
    }

    @Test("An update with nothing changed is silent, exits 0 and leaves the database file's bytes and mtime alone")
    func noChangeWritesNothing() throws {
        let folder = try TemporaryFolder()
        let (source, db) = try prepare(folder)
        // Settle once (e.g. a first update after the rebuild), then measure a second, no-change run.
        _ = try CLIProcess.run("kn-index", ["update", "--db", db, source.path])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let mtime = try FileManager.default.attributesOfItem(atPath: db)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let result = try CLIProcess.run("kn-index", ["update", "--db", db])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.modificationDate] as? Date == mtime)
        let verbose = try CLIProcess.run("kn-index", ["update", "--db", db, "--verbose"])
        #expect(verbose.stderr.hasPrefix("kn-index: added 0 issues (0 items), changed 0, removed 0, skipped 0 in "))
    }

    @Test("A touched but unchanged file keeps its items and is only restamped")
    func touchedFile() throws {
        let folder = try TemporaryFolder()
        let (source, db) = try prepare(folder)
        let seed = source.appendingPathComponent(Self.seed).path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: seed)
        let touched = try CLIProcess.run("kn-index", ["update", "--db", db])
        #expect(touched.status == 0)
        #expect(touched.stderr.isEmpty, "a touch is not a content change")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let again = try CLIProcess.run("kn-index", ["update", "--db", db])
        #expect(again.status == 0 && again.stderr.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes, "the new mtime was recorded")
    }

    @Test("A file that no longer parses keeps its old items, is reported as skipped (exit 1) and listed by stats")
    func brokenFileKeepsItems() throws {
        let folder = try TemporaryFolder()
        let (source, db) = try prepare(folder)
        let broken = source.appendingPathComponent(Self.first)
        let original = try Data(contentsOf: broken)
        try Data([0, 1, 2, 3, 0, 0, 0xFF, 0xFE] + Array(repeating: 0, count: 64)).write(to: broken)
        let result = try CLIProcess.run("kn-index", ["update", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kn-index: \(broken.path): "))
        #expect(result.stderr.contains("skipped 1 in "))
        #expect(!answeredIssues(try CLIProcess.run("kn-search", ["--db", db, "--json", "距離学習"])).isEmpty)
        let skipped = try Self.stats(db)["skipped"] as? [String] ?? []
        #expect(skipped.count == 1 && skipped.first?.hasPrefix(broken.path + ": ") == true)

        try original.write(to: broken)
        let fixed = try CLIProcess.run("kn-index", ["update", "--db", db])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(try Self.stats(db)["skipped"] as? [String] == [])
        try expectSameAsRebuild(db, source: source, folder: folder, "after the fix")
    }

    @Test("Without an index, update builds one")
    func updateWithoutIndex() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("new/index.sqlite")
        let seed = CLIProcess.packageRoot.appendingPathComponent("Corpus").appendingPathComponent(Self.seed).path
        let result = try CLIProcess.run("kn-index", ["update", "--db", db, seed])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("kn-index: added 1 issue"))
        let search = try CLIProcess.run("kn-search", ["--db", db, "--json", "自己教師あり学習"])
        #expect(answeredIssues(search).contains(84))
        #expect(try CLIProcess.run("kn-index", ["update", "--db", db]).stderr.isEmpty)
    }

    @Test("stats --json has the documented keys; check passes on a fresh index")
    func statsAndCheck() throws {
        let folder = try TemporaryFolder()
        let (source, db) = try prepare(folder)
        let stats = try Self.stats(db)
        #expect(stats["issues"] as? Int == 2)
        #expect(stats["items"] as? Int ?? 0 > 0)
        #expect(stats["links"] as? Int ?? 0 > 0)
        #expect((stats["sections"] as? [String: Int])?.isEmpty == false)
        #expect(Set((stats["kinds"] as? [String: Int] ?? [:]).keys) == ["entry", "paragraph", "embed"])
        #expect(stats["skipped"] as? [String] == [])
        #expect(stats["sources"] as? [String] == [source.path])
        #expect(stats["last_update"] is String)
        #expect((stats["last_summary"] as? [String: Any])?["command"] as? String == "rebuild")
        #expect(stats["index_bytes"] as? Int ?? 0 > 0)
        #expect(stats["analyzer_version"] is Int && stats["schema_version"] is Int)
        let table = try CLIProcess.run("kn-index", ["stats", "--db", db])
        #expect(table.status == 0 && table.stdout.contains("issues") && table.stdout.contains(source.path))
        let check = try CLIProcess.run("kn-index", ["check", "--db", db])
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")
    }

    @Test("check notes a deleted source file without failing; a missing index is exit 2")
    func checkNotesDeletedFiles() throws {
        let folder = try TemporaryFolder()
        let (source, db) = try prepare(folder)
        let gone = source.appendingPathComponent(Self.first)
        try FileManager.default.removeItem(at: gone)
        let check = try CLIProcess.run("kn-index", ["check", "--db", db])
        #expect(check.status == 0)
        #expect(check.stderr == "kn-index: \(gone.path): indexed file no longer exists; run `kn-index update`\n")
        let missing = try CLIProcess.run("kn-index", ["check", "--db", folder.path("none.sqlite")])
        #expect(missing.status == 2 && missing.stderr.contains("no index at"))
    }
}
