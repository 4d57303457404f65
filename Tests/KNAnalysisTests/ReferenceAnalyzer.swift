import Foundation
import KNAnalysis

/// The analyzer written plainly, for the reference tests (tantivy: fast code against a naive
/// reference): every chunk normalized by Foundation (no fast path, table or cache), every
/// variant normalizer run on every text (no triggers), terms built as `String`s by
/// concatenation, words stemmed by `StemmerReferenceTests.reference`. Valid UTF-8 only.
enum ReferenceAnalyzer {
    /// The tokens of `text`, as `Analyzer.tokens(of:mode:)` must give them.
    static func tokens(of text: String, mode: AnalysisMode) -> [Token] {
        let characters = normalizedCharacters(text)
        let classes = characters.map { ScriptClass($0.scalar) }
        var runs: [(range: Range<Int>, isCJK: Bool, hyphenated: Bool)] = []
        var index = 0
        while index < characters.count {
            let start = index
            switch classes[index] {
            case .separator:
                index += 1
            case .cjk:
                while index < characters.count, classes[index] == .cjk { index += 1 }
                runs.append((start..<index, true, false))
            case .word:
                while index < characters.count {
                    let joinsApostrophe = [Unicode.Scalar("'"), "\u{2019}"].contains(characters[index].scalar)
                        && index + 1 < characters.count && classes[index + 1] == .word
                    guard classes[index] == .word || joinsApostrophe else { break }
                    index += 1
                }
                let hyphenated = index + 1 < characters.count && characters[index].scalar == "-"
                    && classes[index + 1] == .word
                runs.append((start..<index, false, hyphenated))
            }
        }
        var tokens: [Token] = []
        var position = 0
        let term = { (range: Range<Int>) in
            String(String.UnicodeScalarView(characters[range].map(\.scalar)))
        }
        for (number, run) in runs.enumerated() {
            let range = run.range
            if run.isCJK {
                for at in range {
                    let isLast = at + 1 == range.upperBound
                    if mode == .document || isLast {
                        tokens.append(Token(
                            term: term(at..<(at + 1)), start: characters[at].start, end: characters[at].end,
                            position: position))
                    }
                    if !isLast {
                        tokens.append(Token(
                            term: term(at..<(at + 2)), start: characters[at].start, end: characters[at + 1].end,
                            position: position, isColocated: mode == .document))
                        if mode == .query { position += 1 }
                    }
                    if mode == .document || isLast { position += 1 }
                }
            } else {
                let start = characters[range.lowerBound].start
                tokens.append(Token(
                    term: StemmerReferenceTests.reference(term(range)), start: start,
                    end: characters[range.upperBound - 1].end, position: position))
                if mode == .document, run.hyphenated, number + 1 < runs.count, !runs[number + 1].isCJK {
                    let next = runs[number + 1].range
                    tokens.append(Token(
                        term: StemmerReferenceTests.reference(term(range) + term(next)), start: start,
                        end: characters[next.upperBound - 1].end, position: position, isColocated: true))
                }
                position += 1
            }
        }
        return tokens
    }

    /// `Analyzer.normalizedCharacters` of `text`, computed chunk by chunk through Foundation.
    static func normalizedCharacters(_ text: String) -> [NormalizedCharacter] {
        var output: [NormalizedCharacter] = []
        var chunk: (base: Unicode.Scalar, start: Int, end: Int, marks: [Unicode.Scalar])?
        var offset = 0
        for scalar in text.unicodeScalars {
            let start = offset
            offset += UTF8.width(scalar)
            if scalar.value >= 0xAD, scalar.properties.isDefaultIgnorableCodePoint { continue }
            if chunk != nil, extendsChunk(scalar) {
                if chunk?.marks.count ?? 0 <= 30 { chunk?.marks.append(scalar) }
                chunk?.end = offset
                continue
            }
            if let chunk { flush(chunk, into: &output) }
            chunk = (scalar, start, offset, [])
        }
        if let chunk { flush(chunk, into: &output) }
        let variants: [any CharacterNormalizer] = [
            ProlongedSoundMarkNormalizer(), KatakanaMiddleDotNormalizer(), VuKatakanaNormalizer(),
            IterationMarkNormalizer(), TrailingProlongedSoundMarkNormalizer(),
        ]
        for normalizer in variants { normalizer.normalize(&output) }
        return output
    }

    /// A chunk over 30 marks, before or after normalization, keeps none (UAX #15's stream-safe limit).
    static func flush(
        _ chunk: (base: Unicode.Scalar, start: Int, end: Int, marks: [Unicode.Scalar]),
        into output: inout [NormalizedCharacter]
    ) {
        var scalars = normalized(chunk.base, chunk.marks.count > 30 ? [] : chunk.marks)
        if scalars.count(where: extendsChunk) > 30 { scalars = normalized(chunk.base, []) }
        output += scalars.map { NormalizedCharacter($0, start: chunk.start, end: chunk.end) }
    }

    /// NFKC, NFC, lower case, Latin diacritics removed, default-ignorables dropped.
    static func normalized(_ base: Unicode.Scalar, _ marks: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let text = String(String.UnicodeScalarView([base] + marks))
        let normalized = text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.lowercased()
        var output: [Unicode.Scalar] = []
        var afterLatin = false
        for scalar in normalized.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark {
                if !afterLatin { output.append(scalar) }
                continue
            }
            let value = scalar.value
            afterLatin = (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
                || (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value)
            guard afterLatin, value >= 0x80 else {
                output.append(scalar)
                continue
            }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
            output += decomposed.filter { $0.properties.generalCategory != .nonspacingMark }
        }
        return output.filter { !$0.properties.isDefaultIgnorableCodePoint }
    }

    /// Marks, and the starters that compose with the scalar before them (`ﾞ`, Hangul vowels and finals).
    static func extendsChunk(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: break
        }
        let blocks: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0x3130...0x318F, 0xFF9E...0xFFDF]
        guard blocks.contains(where: { $0.contains(scalar.value) }),
            let first = String(Character(scalar)).decomposedStringWithCompatibilityMapping.unicodeScalars.first
        else { return false }
        return first == "\u{3099}" || first == "\u{309A}" || (0x1161...0x1175).contains(first.value)
            || (0x11A8...0x11C2).contains(first.value)
    }
}
