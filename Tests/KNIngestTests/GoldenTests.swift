import Foundation
import Testing

@testable import KNIngest

/// Parser goldens: every `Fixtures/<format>/<case>.<ext>` is read and its issues compared with
/// `<case>.expected.json`. Run with `KN_RECORD=1` to rewrite the expected files; such a run fails, so that
/// every re-recording is reviewed in the diff.
@Suite struct GoldenTests {
    static let formats = ["revue", "markdown", "rss", "atom", "html"]

    /// `format/file` for every input fixture, sorted so that runs are deterministic.
    static let cases: [String] = formats.flatMap { format in
        let folder = TestPaths.fixtures(format)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected.json") && !$0.hasPrefix(".") }.sorted().map { "\(format)/\($0)" }
    }

    @Test func everyFormatHasFixtures() {
        for format in Self.formats {
            #expect(Self.cases.contains { $0.hasPrefix(format + "/") }, "no fixtures for \(format)")
        }
    }

    @Test(arguments: cases) func fixtureMatchesGolden(_ fixture: String) throws {
        let input = TestPaths.testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(fixture)
        let expectedURL = input.deletingPathExtension().appendingPathExtension("expected.json")
        // The file name alone is the path, so goldens do not depend on where the repository lives.
        let result = try IssueReader.read(data: Data(contentsOf: input), path: input.lastPathComponent)
        let actual = try Self.encode(result.issues)
        if ProcessInfo.processInfo.environment["KN_RECORD"] == "1" {
            try actual.write(to: expectedURL, options: .atomic)
            Issue.record("re-recorded \(expectedURL.lastPathComponent); review the diff and run again without KN_RECORD")
            return
        }
        guard let expected = try? Data(contentsOf: expectedURL) else {
            Issue.record("missing \(expectedURL.lastPathComponent); record it with KN_RECORD=1")
            return
        }
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    /// The golden encoding: `[Issue]` as pretty JSON with sorted keys and a final newline.
    static func encode(_ issues: [KNIngest.Issue]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(issues) + Data("\n".utf8)
    }
}
