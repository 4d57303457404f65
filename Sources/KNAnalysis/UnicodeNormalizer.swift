import Foundation

/// NFKC with case folding and Latin diacritic removal, applied chunk by chunk so that every output
/// character keeps the byte range of the original chunk it came from.
///
/// A chunk is a base scalar plus the scalars that may combine with it: combining marks (UAX #15:
/// normalization never crosses a starter boundary), and the few starters that compose with the
/// character before them (`ﾞ`/`ﾟ`, Hangul vowel and final jamo; see `ChunkBoundary`). So per-chunk
/// normalization equals whole-string normalization, except that lower-casing sees no context
/// (`Σ` is always `σ`). Foundation's NFKC on Linux leaves half-width voiced kana (`ｶﾞ`)
/// decomposed; an NFC pass recomposes them.
///
/// Default-ignorable scalars (ZWJ, ZWSP, variation selectors, soft hyphen) are dropped before
/// chunking, so `か\u{200B}\u{3099}` is `が` and normalizing twice changes nothing. A chunk with
/// more than `ChunkBoundary.maximumMarks` marks, before or after normalization, keeps none of them.
///
/// Kana, kanji and ASCII take a fast path that calls no Foundation API and looks up no Unicode
/// property: they are almost all of this archive's text and NFKC leaves them unchanged (ASCII
/// only lower-cases). Punctuation and full-width forms alone in their chunk are read from
/// `SingleScalarFolding`; only chunks with marks and rarer scripts call Foundation.
public struct UnicodeNormalizer: Sendable {
    public init() {}

    /// Normalizes the UTF-8 text of `bytes`, appending output characters to `output`.
    public func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [NormalizedCharacter]) {
        var reader = UTF8ScalarReader(bytes)
        // The pending chunk: `base`, and `marks` when any followed it (rare). `single` is the
        // base's normalization when it is known without Foundation, looked up once per scalar.
        var base = NormalizedCharacter("\u{0}", start: 0, end: 0)
        var hasBase = false
        var single: Unicode.Scalar?
        var marks: [Unicode.Scalar] = []
        while let next = reader.next() {
            let folded = Self.fastPath(next.scalar) ?? SingleScalarFolding.folded(next.scalar)
            if folded == nil {
                if ChunkBoundary.isIgnorable(next.scalar) { continue }
                if hasBase, ChunkBoundary.extendsChunk(next.scalar) {
                    // One past the limit is enough to know the chunk is over it.
                    if marks.count <= ChunkBoundary.maximumMarks { marks.append(next.scalar) }
                    base.end = next.end
                    continue
                }
            }
            if hasBase {
                if marks.isEmpty, let single {
                    output.append(NormalizedCharacter(single, start: base.start, end: base.end))
                } else {
                    flush(base, marks, into: &output)
                    marks.removeAll(keepingCapacity: true)
                }
            }
            base = next
            hasBase = true
            single = folded
        }
        if hasBase {
            if marks.isEmpty, let single {
                output.append(NormalizedCharacter(single, start: base.start, end: base.end))
            } else {
                flush(base, marks, into: &output)
            }
        }
    }

    /// The slow path: a chunk with marks, or a base outside the fast path and the table.
    @inline(never)
    private func flush(
        _ base: NormalizedCharacter, _ marks: [Unicode.Scalar], into output: inout [NormalizedCharacter]
    ) {
        var scalars = Self.normalized(base.scalar, marks.count > ChunkBoundary.maximumMarks ? [] : marks)
        if scalars.count(where: ChunkBoundary.extendsChunk) > ChunkBoundary.maximumMarks {
            scalars = Self.normalized(base.scalar, [])
        }
        for scalar in scalars {
            output.append(NormalizedCharacter(scalar, start: base.start, end: base.end))
        }
    }

    /// NFKC, NFC, lower case and Latin diacritic folding of one chunk, default-ignorables dropped.
    static func normalized(_ base: Unicode.Scalar, _ marks: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text = String()
        text.unicodeScalars.append(base)
        for mark in marks { text.unicodeScalars.append(mark) }
        let normalized = text.precomposedStringWithCompatibilityMapping
            .precomposedStringWithCanonicalMapping
            .lowercased()
        return LatinDiacriticFolding.fold(normalized.unicodeScalars)
            .filter { !$0.properties.isDefaultIgnorableCodePoint }
    }

    /// Scalars that NFKC_Casefold leaves as they are or maps without any table lookup; none of
    /// them is a mark or default-ignorable, so each starts a chunk of its own.
    @inline(__always)
    static func fastPath(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A: Unicode.Scalar(scalar.value + 0x20)
        case 0x00...0x7F: scalar
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF: scalar
        default: nil
        }
    }
}
