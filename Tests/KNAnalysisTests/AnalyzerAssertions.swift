import KNAnalysis
import Testing

/// Tokens as `term@[start,end)` with `+` for colocated ones, after checking the invariants every
/// analysis must keep (Lucene's assertTokenStreamContents does the same on every call).
func analyzed(_ text: String, mode: AnalysisMode = .document, sourceLocation: SourceLocation = #_sourceLocation)
    -> [String]
{
    let tokens = Analyzer.standard.tokens(of: text, mode: mode)
    checkInvariants(tokens, of: text, sourceLocation: sourceLocation)
    return tokens.map { "\($0.term)@[\($0.start),\($0.end))\($0.isColocated ? "+" : "")" }
}

/// Offsets in bounds and on character boundaries, starts never going backwards, positions
/// advancing by one per non-colocated token, and no empty term.
func checkInvariants(_ tokens: [Token], of text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let utf8 = Array(text.utf8)
    var lastStart = 0
    var lastPosition = -1
    for token in tokens {
        #expect(!token.term.isEmpty, "empty term", sourceLocation: sourceLocation)
        #expect(0 <= token.start && token.start < token.end && token.end <= utf8.count,
                "\(token) out of bounds", sourceLocation: sourceLocation)
        #expect(token.start >= lastStart, "\(token) goes backwards", sourceLocation: sourceLocation)
        lastStart = token.start
        let expectedPosition = token.isColocated ? lastPosition : lastPosition + 1
        #expect(token.position == expectedPosition, "\(token) position", sourceLocation: sourceLocation)
        lastPosition = token.position
        if token.end <= utf8.count, token.start < token.end, token.start >= 0 {
            #expect(String(validating: utf8[token.start..<token.end], as: UTF8.self) != nil,
                    "\(token) cuts a character", sourceLocation: sourceLocation)
        }
    }
}

/// The original substring each token stands for, bracketed: what highlight() will show.
func originals(_ text: String, mode: AnalysisMode = .document) -> [String] {
    let utf8 = Array(text.utf8)
    return Analyzer.standard.tokens(of: text, mode: mode).filter { !$0.isColocated }.map {
        "[" + String(decoding: utf8[$0.start..<$0.end], as: UTF8.self) + "]"
    }
}
