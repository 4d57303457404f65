import Foundation

/// NFKC with case folding and Latin diacritic removal, applied chunk by chunk so that every output
/// character keeps the byte range of the original chunk it came from.
///
/// A chunk is a base scalar plus the combining marks that follow it (UAX #15: normalization never
/// crosses a starter boundary), so per-chunk normalization equals whole-string normalization.
/// Foundation's NFKC on Linux leaves half-width voiced kana (`ｶﾞ`) decomposed; an NFC pass
/// recomposes them. Kana, kanji and ASCII take a fast path that calls no Foundation API: they are
/// almost all of this archive's text and NFKC leaves them unchanged (ASCII only lower-cases).
public struct UnicodeNormalizer: Sendable {
    public init() {}

    /// Normalizes the UTF-8 text of `bytes`, appending output characters to `output`.
    public func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [NormalizedCharacter]) {
        var reader = UTF8ScalarReader(bytes)
        var chunk: [Unicode.Scalar] = []
        var chunkStart = 0
        var chunkEnd = 0
        while let next = reader.next() {
            if !chunk.isEmpty, Self.extendsChunk(next.scalar) {
                chunk.append(next.scalar)
                chunkEnd = next.end
                continue
            }
            flush(chunk, start: chunkStart, end: chunkEnd, into: &output)
            chunk.removeAll(keepingCapacity: true)
            chunk.append(next.scalar)
            chunkStart = next.start
            chunkEnd = next.end
        }
        flush(chunk, start: chunkStart, end: chunkEnd, into: &output)
    }

    private func flush(
        _ chunk: [Unicode.Scalar], start: Int, end: Int, into output: inout [NormalizedCharacter]
    ) {
        guard let first = chunk.first else { return }
        if chunk.count == 1, let fast = Self.fastPath(first) {
            output.append(NormalizedCharacter(fast, start: start, end: end))
            return
        }
        var text = String()
        text.unicodeScalars.append(contentsOf: chunk)
        let normalized = text.precomposedStringWithCompatibilityMapping
            .precomposedStringWithCanonicalMapping
            .lowercased()
        for scalar in normalized.unicodeScalars {
            if scalar.properties.isDefaultIgnorableCodePoint { continue }
            for folded in Self.removingLatinDiacritics(scalar) {
                output.append(NormalizedCharacter(folded, start: start, end: end))
            }
        }
    }

    /// Scalars that NFKC_Casefold leaves as they are or maps without any table lookup.
    static func fastPath(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A: Unicode.Scalar(scalar.value + 0x20)
        case 0x00...0x7F: scalar
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF: scalar
        default: nil
        }
    }

    /// Combining marks, plus the half-width (semi-)voiced sound marks, which are spacing modifier
    /// letters in Unicode but NFKC composes them with the kana before them.
    static func extendsChunk(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        if scalar.value == 0xFF9E || scalar.value == 0xFF9F { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func removingLatinDiacritics(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = scalar.value
        guard (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) else { return [scalar] }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
        return decomposed.filter { $0.properties.generalCategory != .nonspacingMark }
    }
}
