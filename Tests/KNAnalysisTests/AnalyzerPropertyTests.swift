import Foundation
import KNAnalysis
import Testing

/// Random mixed-script strings and raw bytes thrown at the analyzer (Lucene's
/// `checkRandomData`). Every failure message starts with `KN_SEED=… case …`: rerun with that
/// `KN_SEED` to replay it, then pin the input as a named example test.
@Suite("Analyzer properties over random text")
struct AnalyzerPropertyTests {
    /// Cases per property; `KN_PROPERTY_CASES` raises it for a long soak run.
    static let cases = ProcessInfo.processInfo.environment["KN_PROPERTY_CASES"].flatMap { Int($0) } ?? 400
    let analyzer = Analyzer.standard

    @Test("Normalization is idempotent: normalize(normalize(s)) == normalize(s)")
    func normalizationIsIdempotent() {
        for index in 0..<Self.cases * 2 {
            var generator = PropertySeed.generator(case: index, stream: 1)
            let text = RandomText.string(maximumPieces: 30, using: &generator)
            let once = analyzer.normalize(text)
            let twice = analyzer.normalize(once)
            #expect(once == twice, "\(PropertySeed.replay(index)) input \(escaped(text)) → \(escaped(once)) → \(escaped(twice))")
        }
    }

    @Test("Idempotent on long runs of marks around the 30-mark stream-safe limit, expanding marks included")
    func longMarkRunsAreIdempotent() {
        let bases = ["a", "か", "ｶ", "学", "ǘ", " ", "\u{1D164}", "ㄱ"]
        let marks = ["\u{301}", "\u{316}", "\u{344}", "\u{F73}", "\u{F77}", "\u{3099}", "ﾞ", "\u{20E3}", "\u{200D}", "ㅏ"]
        for index in 0..<Self.cases {
            var generator = PropertySeed.generator(case: index, stream: 8)
            var text = bases.randomElement(using: &generator) ?? ""
            for _ in 0..<Int.random(in: 0...80, using: &generator) { text += marks.randomElement(using: &generator) ?? "" }
            let once = analyzer.normalize(text)
            #expect(analyzer.normalize(once) == once, "\(PropertySeed.replay(index)) input \(escaped(text)) → \(escaped(once))")
        }
    }

    @Test("Offsets are in bounds, on character boundaries, never backwards; positions step by one")
    func invariantsHold() {
        for index in 0..<Self.cases {
            var generator = PropertySeed.generator(case: index, stream: 2)
            let text = RandomText.string(maximumPieces: 60, using: &generator)
            let context = "\(PropertySeed.replay(index)) input \(escaped(text))"
            for mode in [AnalysisMode.document, .query] {
                let tokens = analyzer.tokens(of: text, mode: mode)
                checkInvariants(tokens, of: text, context: "\(context) \(mode)")
                var lastEnd = 0
                for token in tokens where !token.isColocated {
                    #expect(token.end >= lastEnd, "\(context) \(mode): \(token) ends before the token before it")
                    lastEnd = token.end
                }
            }
        }
    }

    @Test("Raw bytes, valid or not, never crash and keep the invariants")
    func rawBytes() {
        for index in 0..<Self.cases {
            var generator = PropertySeed.generator(case: index, stream: 3)
            var bytes = Array(RandomText.string(maximumPieces: 30, using: &generator).utf8)
            let mutations = Int.random(in: 0...4, using: &generator)
            for _ in 0..<mutations where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.removeSubrange(at...)
                default: bytes.insert(UInt8.random(in: 0x80...0xFF, using: &generator), at: at)
                }
            }
            if index % 4 == 0 {
                bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            }
            let context = "\(PropertySeed.replay(index)) bytes \(bytes)"
            for mode in [AnalysisMode.document, .query] {
                var tokens: [Token] = []
                bytes.withUnsafeBufferPointer { buffer in
                    analyzer.analyze(buffer, mode: mode) { tokens.append($0) }
                }
                checkInvariants(tokens, ofUTF8: bytes, context: "\(context) \(mode)")
            }
        }
    }

    @Test("Each document token maps back to the original text it covers")
    func tokensMapBack() {
        for index in 0..<Self.cases {
            var generator = PropertySeed.generator(case: index, stream: 4)
            let text = RandomText.string(maximumPieces: 40, using: &generator)
            let tokens = analyzer.tokens(of: text)
            TokenOrigin.check(tokens, of: text, context: "\(PropertySeed.replay(index)) input \(escaped(text))")
        }
    }

    @Test("The query tokens of any substring occur in the document's tokens as a phrase")
    func substringsMatchAsPhrases() {
        for index in 0..<Self.cases {
            var generator = PropertySeed.generator(case: index, stream: 5)
            let text = RandomText.string(maximumPieces: 60, using: &generator)
            let document = PhraseIndex(analyzer.tokens(of: text))
            let scalars = Array(text.unicodeScalars)
            let cuts = SubstringCut.offsets(in: scalars)
            for _ in 0..<6 where cuts.count > 1 {
                let from = Int.random(in: 0..<(cuts.count - 1), using: &generator)
                let to = Int.random(in: (from + 1)..<cuts.count, using: &generator)
                var substring = ""
                substring.unicodeScalars.append(contentsOf: scalars[cuts[from]..<cuts[to]])
                let phrase = analyzer.tokens(of: substring, mode: .query).map(\.term)
                #expect(document.firstMatch(of: phrase) != nil, """
                    \(PropertySeed.replay(index)) document \(escaped(text)) substring \(escaped(substring)) \
                    query \(phrase) document positions \(document.positions)
                    """)
            }
        }
    }
}
