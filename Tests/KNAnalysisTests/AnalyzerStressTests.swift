import KNAnalysis
import Testing

/// Inputs sized to find quadratic paths and stack or memory blow-ups: long runs of one
/// character, a megabyte of mixed text, a hundred thousand combining marks on one base (a
/// quadratic path in Foundation's NFKC took minutes there; see `ChunkBoundary.maximumMarks`).
@Suite("Analyzer stress inputs")
struct AnalyzerStressTests {
    static let runs: [(String, String)] = [
        ("ー", "katakana prolonged sound marks"), ("々", "iteration marks"), ("ﾞ", "half-width voiced marks"),
        ("a", "one ASCII word"), ("-", "hyphens"), ("ヴ", "ヴ"), ("ア・", "katakana and middle dots"),
        ("a-", "a hyphenated chain"), ("学", "kanji"), ("\u{200D}", "zero-width joiners"), ("サー", "katakana with ー"),
    ]

    /// Long enough that a quadratic pass takes minutes, short enough for a debug build.
    static let runLength = 50_000

    @Test("50k-character runs of one character", arguments: runs)
    func longRun(piece: String, name: String) {
        let text = String(repeating: piece, count: Self.runLength / piece.count)
        for mode in [AnalysisMode.document, .query] {
            let tokens = Analyzer.standard.tokens(of: text, mode: mode)
            checkInvariants(tokens, of: text, context: "\(name) \(mode)")
        }
    }

    @Test("100k combining marks on one base")
    func combiningMarks() {
        var text = "a"
        var generator = PropertySeed.generator(case: 0, stream: 6)
        for _ in 0..<100_000 {
            text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0x300...0x36F, using: &generator)) ?? "\u{301}")
        }
        let tokens = Analyzer.standard.tokens(of: text)
        checkInvariants(tokens, of: text, context: PropertySeed.replay(0))
        #expect(tokens.map(\.term) == ["a"])
    }

    @Test("A megabyte of mixed text, and 256 KB of random bytes")
    func megabyte() {
        var generator = PropertySeed.generator(case: 0, stream: 7)
        var text = ""
        while text.utf8.count < 1_000_000 { text += RandomText.string(maximumPieces: 200, using: &generator) }
        let tokens = Analyzer.standard.tokens(of: text)
        checkInvariants(tokens, of: text, context: PropertySeed.replay(0))
        let bytes = (0..<256_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            Analyzer.standard.analyze(buffer, mode: .document) { _ in count += 1 }
        }
        #expect(count > 0, "\(PropertySeed.replay(0))")
    }
}
