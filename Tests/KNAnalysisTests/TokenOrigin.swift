import KNAnalysis
import Testing

/// Checks that each document token stands for the original text it covers.
///
/// - A CJK unigram: normalizing its original substring alone gives its term or a string
///   containing it, except for the two normalizers that read a neighbour: `々` takes the kanji of
///   the token before it, and a dash after katakana becomes `ー`.
/// - A colocated CJK bigram: the terms of the unigram at its position and the next one, joined,
///   over both their ranges.
/// - A word token, or a joined hyphenated compound: analyzing its original substring alone
///   yields the term.
enum TokenOrigin {
    static let dashes: Set<UInt32> = [0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]

    static func check(_ tokens: [Token], of text: String, context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let utf8 = Array(text.utf8)
        let analyzer = Analyzer.standard
        var previousMain: Token?
        for (index, token) in tokens.enumerated() {
            let original = String(decoding: utf8[token.start..<token.end], as: UTF8.self)
            let message = "\(context): \(token) from \(escaped(original))"
            if token.isColocated, let main = previousMain, isCJKUnigram(main) {
                let next = tokens[(index + 1)...].first { !$0.isColocated }
                #expect(next.map { main.term + $0.term } == token.term && token.start == main.start
                        && token.end == next?.end, "\(message): not the bigram of \(main) and \(next as Any)",
                        sourceLocation: sourceLocation)
            } else if isCJKUnigram(token) {
                let normalized = analyzer.normalize(original)
                let explained = containsScalars(normalized, token.term)
                    || (normalized.unicodeScalars.first == "々" && previousMain?.term == token.term)
                    || (token.term == "ー" && normalized.unicodeScalars.first.map { dashes.contains($0.value) } == true)
                #expect(explained, "\(message): normalizes to \(escaped(normalized))", sourceLocation: sourceLocation)
            } else {
                let terms = analyzer.tokens(of: original).map(\.term)
                #expect(terms.contains(token.term), "\(message): alone gives \(terms)", sourceLocation: sourceLocation)
            }
            if !token.isColocated { previousMain = token }
        }
    }

    /// Whether `text` holds the scalars of `part` in a row (`String.contains` compares whole
    /// characters, and `か` is not a character of `か\u{301}`).
    static func containsScalars(_ text: String, _ part: String) -> Bool {
        let whole = Array(text.unicodeScalars)
        let needle = Array(part.unicodeScalars)
        guard needle.count <= whole.count else { return false }
        return (0...(whole.count - needle.count)).contains { Array(whole[$0..<($0 + needle.count)]) == needle }
    }

    static func isCJKUnigram(_ token: Token) -> Bool {
        let scalars = token.term.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        return ScriptClass(scalar) == .cjk
    }
}
