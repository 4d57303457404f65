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
func checkInvariants(
    _ tokens: [Token], of text: String, context: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    checkInvariants(tokens, ofUTF8: Array(text.utf8), context: context, sourceLocation: sourceLocation)
}

/// The same for raw bytes, which may be invalid UTF-8: offsets never fall inside a valid
/// multi-byte sequence. `context` (the seed, the input) prefixes every failure message.
///
/// Violations are collected with plain comparisons and reported once each (at most ten per
/// call): an `#expect` per token costs seconds on the megabyte inputs of the stress tests.
func checkInvariants(
    _ tokens: [Token], ofUTF8 bytes: [UInt8], context: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    let interior = interiorOffsets(of: bytes)
    var violations: [String] = []
    var lastStart = 0
    var lastPosition = -1
    for token in tokens where violations.count < 10 {
        var problems: [String] = []
        if token.term.isEmpty { problems.append("empty term") }
        if !(0 <= token.start && token.start < token.end && token.end <= bytes.count) { problems.append("out of bounds") }
        if token.start < lastStart { problems.append("goes backwards") }
        if token.position != (token.isColocated ? lastPosition : lastPosition + 1) { problems.append("position") }
        if interior.indices.contains(token.start), interior.indices.contains(token.end),
            interior[token.start] || interior[token.end]
        {
            problems.append("cuts a character")
        }
        if !problems.isEmpty { violations.append("\(token) " + problems.joined(separator: ", ")) }
        lastStart = token.start
        lastPosition = token.position
    }
    for violation in violations {
        Issue.record("\(context.isEmpty ? "" : context + ": ")\(violation)", sourceLocation: sourceLocation)
    }
}

/// Whether each offset (0 through `bytes.count`) falls strictly inside a valid UTF-8 sequence,
/// found with the standard library's decoder (independent of the analyzer's `UTF8ScalarReader`).
/// A flat array, not a set: the stress tests check megabytes in debug builds.
func interiorOffsets(of bytes: [UInt8]) -> [Bool] {
    var interior = [Bool](repeating: false, count: bytes.count + 1)
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded):
            for inner in 1..<max(encoded.count, 1) { interior[offset + inner] = true }
            offset += encoded.count
        case .error(let length):
            offset += length
        case .emptyInput:
            return interior
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
