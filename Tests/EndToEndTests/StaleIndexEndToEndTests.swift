import Foundation
import KNTestSupport
import Testing

/// Indexes that must not be used as they are: another analyzer version, or a full-text index out
/// of step with its items. The index is altered with the `sqlite3` command-line tool.
@Suite("Stale or damaged indexes", .enabled(if: Tools.sqlite3 != nil))
struct StaleIndexEndToEndTests {
    func index(in folder: TemporaryFolder) throws -> String {
        let db = folder.path("index.sqlite")
        let corpus = CLIProcess.packageRoot.appendingPathComponent("Corpus/2021-07-23_Weekly Kaggle News #84.md").path
        #expect(try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", db, corpus]).status == 0)
        return db
    }

    func sqlite3(_ db: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tools.sqlite3 ?? "sqlite3")
        process.arguments = [db, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("Another analyzer version: kn-search, update and check exit 2 and say to run kn-index rebuild, which fixes it")
    func analyzerVersionChanged() throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        try sqlite3(db, "UPDATE meta SET value = '9999' WHERE key = 'analyzerVersion'")
        let search = try CLIProcess.run("kn-search", ["--db", db, "自己教師あり学習"])
        #expect(search.status == 2)
        #expect(search.stderr.hasPrefix("kn-search: the index was built by analyzer version 9999"))
        #expect(search.stderr.hasSuffix("; run `kn-index rebuild`\n"))
        let update = try CLIProcess.run("kn-index", ["update", "--db", db])
        #expect(update.status == 2)
        #expect(update.stderr.hasPrefix("kn-index: the index was built by analyzer version 9999"))
        #expect(update.stderr.hasSuffix("; run `kn-index rebuild`\n"))
        let check = try CLIProcess.run("kn-index", ["check", "--db", db])
        #expect(check.status == 2 && check.stderr.contains("run `kn-index rebuild`"))
        let stats = try CLIProcess.run("kn-index", ["stats", "--json", "--db", db])
        #expect(stats.status == 0 && stats.stdout.contains("\"analyzer_version\":9999"))

        #expect(try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", db]).status == 0)
        #expect(try CLIProcess.run("kn-search", ["--db", db, "自己教師あり学習"]).status == 0)
    }

    @Test("An item deleted behind the full-text index's back: check exits 2 naming the full-text index")
    func fullTextOutOfStep() throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        let triggers = ["__itemFTS_ad", "__itemFTS_au"].map { "DROP TRIGGER IF EXISTS \($0);" }.joined()
        try sqlite3(db, "PRAGMA foreign_keys = OFF; \(triggers) DELETE FROM item WHERE id = (SELECT min(id) FROM item)")
        let check = try CLIProcess.run("kn-index", ["check", "--db", db])
        #expect(check.status == 2)
        #expect(check.stderr.hasPrefix("kn-index: full-text index out of step with the items"))
    }
}
