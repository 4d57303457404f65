import Foundation
import KNAnalysis
import Testing

/// The analyzer's fast paths against `ReferenceAnalyzer`, and its borrowed-bytes path (what the
/// FTS5 tokenizer uses) against its `Token` path, on seeded random text and raw bytes.
@Suite("Analyzer against its plain reference")
struct AnalyzerReferenceTests {
    let analyzer = Analyzer.standard

    /// `tokens` as comparable lines: term, position, range, colocated flag.
    static func lines(_ tokens: [Token]) -> [String] {
        tokens.map { "\(escaped($0.term))@\($0.position)[\($0.start),\($0.end))\($0.isColocated ? "+" : "")" }
    }

    @Test("Normalization equals Foundation chunk by chunk with every variant normalizer")
    func normalizationMatchesReference() {
        for index in 0..<AnalyzerPropertyTests.cases {
            var generator = PropertySeed.generator(case: index, stream: 10)
            var text = RandomText.string(maximumPieces: 60, using: &generator)
            let fast = text.withUTF8 { analyzer.normalizedCharacters($0) }
            let reference = ReferenceAnalyzer.normalizedCharacters(text)
            #expect(fast == reference, "\(PropertySeed.replay(index)) input \(escaped(text))")
        }
    }

    @Test("Tokens equal the reference's: terms, offsets, positions, colocated flags")
    func tokensMatchReference() {
        for index in 0..<AnalyzerPropertyTests.cases {
            var generator = PropertySeed.generator(case: index, stream: 11)
            let text = RandomText.string(maximumPieces: 60, using: &generator)
            for mode in [AnalysisMode.document, .query] {
                let fast = Self.lines(analyzer.tokens(of: text, mode: mode))
                let reference = Self.lines(ReferenceAnalyzer.tokens(of: text, mode: mode))
                #expect(fast == reference, "\(PropertySeed.replay(index)) \(mode) input \(escaped(text))")
            }
        }
    }

    @Test("Borrowed term bytes equal the tokens' terms, on text and on raw bytes")
    func borrowedBytesMatchTokens() {
        for index in 0..<AnalyzerPropertyTests.cases {
            var generator = PropertySeed.generator(case: index, stream: 12)
            var bytes = Array(RandomText.string(maximumPieces: 60, using: &generator).utf8)
            if index % 3 == 0 {
                for _ in 0..<Int.random(in: 1...6, using: &generator) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            for mode in [AnalysisMode.document, .query] {
                var tokens: [Token] = []
                var borrowed: [Token] = []
                var invalidTerms = 0
                bytes.withUnsafeBufferPointer { buffer in
                    analyzer.analyze(buffer, mode: mode) { tokens.append($0) }
                    analyzer.analyzeBorrowingTerms(buffer, mode: mode) { token in
                        // Terms are valid UTF-8 (decoding repairs nothing): SQLite stores them as they are.
                        let term = String(decoding: token.term, as: UTF8.self)
                        if !term.utf8.elementsEqual(token.term) { invalidTerms += 1 }
                        borrowed.append(Token(
                            term: term, start: token.start, end: token.end, position: token.position,
                            isColocated: token.isColocated))
                    }
                }
                let context = "\(PropertySeed.replay(index)) \(mode) bytes \(bytes)"
                #expect(invalidTerms == 0, "\(context)")
                #expect(Self.lines(borrowed) == Self.lines(tokens), "\(context)")
            }
        }
    }

    @Test("Long words (over the stack buffer), long runs and expanding characters agree with the reference")
    func edgeCases() {
        let texts = [
            String(repeating: "a", count: 300) + "s", String(repeating: "ab", count: 200) + "-" + String(repeating: "c", count: 100),
            String(repeating: "ﷺ", count: 40), "x" + String(repeating: "㍻", count: 30), String(repeating: "…", count: 50),
            "ﷺa\u{301}ﷺ", "Straße’s naïve café's", String(repeating: "サーバー", count: 100) + "ー",
            "ディープ・ラーニング、ヴァ、人々、サ—バ", "",
        ]
        for text in texts {
            for mode in [AnalysisMode.document, .query] {
                #expect(
                    Self.lines(analyzer.tokens(of: text, mode: mode))
                        == Self.lines(ReferenceAnalyzer.tokens(of: text, mode: mode)), "\(mode) \(escaped(text))")
            }
        }
    }
}
