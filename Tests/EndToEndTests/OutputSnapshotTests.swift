import Foundation
import KNTestSupport
import Testing

/// Compares output with a stored file in `Snapshots/`; `KN_RECORD=1` rewrites the file and fails,
/// so that every change of output is looked at before it is kept.
enum Snapshot {
    static let folder = CLIProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Snapshots")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["KN_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("re-recorded \(file.path); review the diff and run again without KN_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(file.path); record it with KN_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs from \(file.path)", sourceLocation: sourceLocation)
    }

    /// `"score":5.0443` → `"score":"*"`: scores move with every ranking change and are not output layout.
    static func maskingScores(_ text: String) -> String {
        text.replacingOccurrences(of: #""score":-?[0-9.eE+-]+"#, with: #""score":"*""#, options: .regularExpression)
    }
}

/// Every output format of `kn-search`, piped (plain text), over the fixture archive plus an issue
/// that exercises printing (long commentary, a title with `,` and `"`, a news paragraph without a link).
@Suite("kn-search output formats (snapshots)")
struct OutputSnapshotTests {
    static let sources = ["archive", "printing"].map {
        CLIProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/\($0)").path
    }

    /// A fresh index of the fixtures, as in `SearchEndToEndTests`.
    func index(in folder: TemporaryFolder) throws -> String {
        let db = folder.path("index.sqlite")
        let result = try CLIProcess.run("kn-index", ["rebuild", "--db", db] + Self.sources)
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    /// Runs kn-search piped, at a known width, with the user's colour and pager settings cleared.
    func search(_ arguments: [String], db: String, columns: Int = 80) throws -> CLIProcess.Output {
        try CLIProcess.run(
            "kn-search", ["--db", db] + arguments,
            environment: ["COLUMNS": String(columns), "LINES": "", "NO_COLOR": "", "PAGER": "", "KN_PAGER": ""])
    }

    @Test(
        "Each format matches its snapshot",
        arguments: [
            ("text", ["学習"], 80),
            ("text-40-columns", ["距離学習"], 40),
            ("text-group-issue", ["--group", "issue", "学習"], 80),
            ("tsv", ["--format", "tsv", "学習"], 80),
            ("csv", ["--format", "csv", "学習"], 80),
            ("urls", ["--format", "urls", "学習"], 80),
            ("json", ["--format", "json", "学習"], 80),
            ("topics", ["--topics"], 80),
            ("topics-json", ["--topics", "--json"], 80),
        ])
    func snapshot(name: String, arguments: [String], columns: Int) throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        let result = try search(arguments, db: db, columns: columns)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("\u{1B}"), "piped output must be plain text")
        try Snapshot.check(Snapshot.maskingScores(result.stdout), named: "search-\(name)")
    }

    @Test("--json and --format json print the same bytes")
    func jsonAlias() throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        let flag = try search(["--json", "学習"], db: db)
        let format = try search(["--format", "json", "学習"], db: db)
        #expect(flag.status == 0 && !flag.stdout.isEmpty)
        #expect(flag.stdout == format.stdout)
    }

    @Test("CSV parses back to the documented columns, one record per hit")
    func csvColumns() throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        let csv = try search(["--format", "csv", "arcface"], db: db).stdout
        let tsv = try search(["--format", "tsv", "arcface"], db: db).stdout
        #expect(csv.hasPrefix("rank,issue,date,section,title,url,snippet\r\n"))
        let rows = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 7 })
        #expect(csv.contains(#""Metric learning, ""in practice"": ArcFace vs. CosFace on Google Landmark""#))
    }

    @Test("A usage mistake is an error, exit 2, naming the fix", arguments: [
        (["--json", "--format", "csv", "x"], "--json and --format csv disagree"),
        (["--group", "issue", "--format", "tsv", "x"], "--group applies to text output only"),
        (["--topics", "--format", "urls"], "--topics prints text or json"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder()
        // Options are checked before the index is opened, so none is needed.
        let result = try search(arguments, db: folder.path("none.sqlite"))
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message))
    }
}
