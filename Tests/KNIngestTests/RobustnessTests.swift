import Foundation
import KNTestSupport
import Testing

@testable import KNIngest

/// Hostile input must never crash, hang or take quadratic time. Limits are generous because tests run
/// unoptimised on shared machines; a quadratic scan of these sizes would take hours, not seconds.
@Suite struct RobustnessTests {
    static let limit = Duration.seconds(60)

    private func timed(_ label: String, _ body: () throws -> Void) {
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: Never.self, "\(label)") { try body() }
        let elapsed = clock.now - start
        #expect(elapsed < Self.limit, "\(label) took \(elapsed)")
    }

    private func revue(_ body: String) -> Data {
        Data("# Weekly Kaggle News #1\nhttps://www.getrevue.co/profile/example/issues/x-1\n\(body)".utf8)
    }

    @Test func deepNestingIsIterative() throws {
        let depth = 200_000
        let paragraphs = String(repeating: "<p>", count: depth) + #"<a href="https://example.com/deep">deep</a>"#
            + String(repeating: "</p>", count: depth)
        timed("200,000 nested <p>") {
            let result = try IssueReader.read(data: revue("<h3>\(paragraphs)</h3>"), path: "deep.md")
            #expect(result.issues.first?.items.first?.url == "https://example.com/deep")
        }
        let unclosed = "<p>" + String(repeating: "<div><span><strong>", count: depth) + #"<a href="https://example.com/a">a"#
        timed("200,000 unclosed inline tags") {
            _ = try? IssueReader.read(data: revue(unclosed), path: "unclosed.md")
        }
    }

    @Test func fiveMegabyteLineIsLinear() throws {
        let words = String(repeating: "機械学習 data ", count: 320_000)
        #expect(words.utf8.count > 5_000_000)
        timed("5 MB paragraph") {
            let result = try IssueReader.read(
                data: revue(#"<h3><h2>News</h2><p><a href="https://example.com/long">long</a> \#(words)</p></h3>"#),
                path: "long.md")
            #expect(result.issues.first?.items.first?.commentary.utf8.count ?? 0 > 5_000_000)
        }
        // Inputs that make naive scanners rescan: a quadratic scan of 1 MB would take hours.
        timed("1 MB of unterminated quotes") {
            _ = try? IssueReader.read(data: revue(String(repeating: #"<a "x"#, count: 250_000)), path: "quotes.md")
        }
        timed("1 MB of embed keywords") {
            _ = try? IssueReader.read(data: revue("<p>" + String(repeating: "[embed ", count: 150_000)), path: "embeds.md")
        }
        timed("1 MB of Markdown brackets") {
            _ = try? IssueReader.read(data: Data(String(repeating: "[a](b [[x](", count: 100_000).utf8), path: "brackets.md")
        }
    }

    @Test func tagSoupNeverCrashes() throws {
        let pieces = [
            "<p>", "</p>", #"<a href="https://x.example/"#, #"">"#, "<strong style='display: block;'>", "</strong>",
            "[embed https://y.example/1]", "[tweet ", "<", ">", "\"", "'", "&amp;", "&#", "&#x110000;", "<!--", "-->",
            "text ", "日本語", "\n", "<h2>", "</h2>", "<hr>", "<h3>", "</h3>", "</", "<br/>", "\u{0}", "<script>",
            "</script>", "\u{FFFD}", "👍🏽", "e\u{301}",
        ]
        let seed: UInt64 = 20_240_601
        var generator = SplitMix64(seed: seed)
        print("tag soup seed: \(seed)")
        for _ in 0..<200 {
            let soup = (0..<Int.random(in: 0..<400, using: &generator))
                .map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            for data in [revue(soup), Data(soup.utf8)] {
                guard let result = try? IssueReader.read(data: data, path: "soup.md") else { continue }
                for item in result.issues.flatMap(\.items) {
                    #expect(item.url.map { CanonicalURL.canonicalize($0) == $0 } ?? true)
                }
            }
        }
        timed("1 MB of tag soup") {
            let soup = (0..<100_000).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            _ = try? IssueReader.read(data: revue(soup), path: "big-soup.md")
        }
    }

    @Test func everyPrefixOfAFixtureParses() throws {
        let text = try String(contentsOf: TestPaths.fixtures("revue").appendingPathComponent("commentary-inline-links.md"), encoding: .utf8)
        let bytes = Array(text.utf8)
        for end in stride(from: 0, through: bytes.count, by: 7) {
            let result = try? IssueReader.read(data: Data(bytes[..<end]), path: "prefix.md")
            #expect((result?.issues.flatMap(\.items).count ?? 0) <= 3)
        }
    }
}

