import Foundation
import Testing

/// Runs the built `kn-index tokenize` as a user would: what the analyzer makes of a text, with
/// positions, byte ranges into the text's UTF-8 and the original text each token stands for.
@Suite("kn-index tokenize end to end")
struct TokenizeEndToEndTests {
    /// The `--json` array of a run, decoded.
    func tokens(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLIProcess.run("kn-index", ["tokenize", "--json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        return try #require(array)
    }

    @Test("Documents: every CJK character at its position, with the bigram starting there colocated")
    func document() throws {
        let tokens = try tokens(["学習する"])
        #expect(tokens.map { $0["term"] as? String } == ["学", "学習", "習", "習す", "す", "する", "る"])
        #expect(tokens.map { $0["position"] as? Int } == [0, 0, 1, 1, 2, 2, 3])
        #expect(tokens.map { $0["colocated"] as? Bool } == [false, true, false, true, false, true, false])
        #expect(tokens.map { $0["start"] as? Int } == [0, 0, 3, 3, 6, 6, 9])
        #expect(tokens.map { $0["end"] as? Int } == [3, 6, 6, 9, 9, 12, 12])
    }

    @Test("--query: the chain of bigrams, then the last character")
    func query() throws {
        let tokens = try tokens(["--query", "熱力学"])
        #expect(tokens.map { $0["term"] as? String } == ["熱力", "力学", "学"])
        #expect(tokens.map { $0["position"] as? Int } == [0, 1, 2])
        #expect(tokens.allSatisfy { $0["colocated"] as? Bool == false })
    }

    @Test("Byte ranges point into the text's UTF-8 and the original is the text they cover")
    func originals() throws {
        let text = "ＰｙＴｏｒｃｈの使い方 サーバー"
        let bytes = Array(text.utf8)
        let tokens = try tokens([text])
        for token in tokens {
            let start = try #require(token["start"] as? Int)
            let end = try #require(token["end"] as? Int)
            #expect(token["original"] as? String == String(decoding: bytes[start..<end], as: UTF8.self))
        }
        #expect(tokens.first?["term"] as? String == "pytorch")
        #expect(tokens.first?["original"] as? String == "ＰｙＴｏｒｃｈ")
        // The optional final ー joins the バ before it: highlights cover the whole word.
        #expect(tokens.last?["term"] as? String == "バ")
        #expect(tokens.last?["original"] as? String == "バー")
    }

    @Test("The table names each column and marks colocated tokens with +")
    func table() throws {
        let result = try CLIProcess.run("kn-index", ["tokenize", "pre-training", "学習"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("pos  bytes") == true)
        #expect(lines.first?.hasSuffix("original") == true)
        #expect(lines.contains { $0.contains("+ pretraining") && $0.hasSuffix("pre-training") })
        #expect(lines.contains { $0.contains("+ 学習") })
        #expect(lines.count == 1 + 6)
    }

    @Test("An empty text has no tokens; no TEXT at all is a usage error (exit 2)")
    func emptyAndMissing() throws {
        #expect(try tokens([""]).isEmpty)
        let missing = try CLIProcess.run("kn-index", ["tokenize"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument"))
        #expect(missing.stdout.isEmpty)
    }
}
