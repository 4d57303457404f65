import Foundation

/// Where `UnicodeNormalizer` may cut text into independently normalized chunks.
///
/// NFKC only composes a scalar with the ones before it when it is a combining mark, or one of the
/// few starters that compose with a preceding starter (UAX #15 §3, Hangul syllable composition in
/// Unicode §3.12). Keeping those with their base makes chunk-by-chunk NFKC equal to whole-string NFKC.
enum ChunkBoundary {
    /// The most combining scalars a chunk keeps (UAX #15's Stream-Safe Text Format limit). Longer
    /// runs are "Zalgo" text with nothing to search for, and Foundation reorders marks with a
    /// quadratic bubble sort: 100k marks on one base took minutes. A chunk over the limit, in
    /// its input or in its normalized form, is normalized without its marks, so normalizing the
    /// result again finds it under the limit and changes nothing.
    static let maximumMarks = 30

    /// Whether `scalar` belongs to the chunk before it.
    static func extendsChunk(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        if joinsPrevious.contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Default-ignorable scalars (ZWJ, ZWSP, variation selectors, soft hyphen, BOM): invisible,
    /// dropped from the output, and skipped when chunking so they never separate a base from its
    /// marks (`か\u{200B}\u{3099}` is `が`, as it displays).
    static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xAD && scalar.properties.isDefaultIgnorableCodePoint
    }

    /// Starters whose compatibility decomposition begins with a scalar that composes with the one
    /// before it: half-width `ﾞ` `ﾟ` (→ U+3099, U+309A) and the Hangul vowels and finals in their
    /// conjoining, compatibility (`ㅏ`) and half-width (`ￂ`) forms. Derived from Foundation's own
    /// decompositions of those blocks, so it follows the Unicode version Foundation ships.
    static let joinsPrevious: Set<UInt32> = {
        var set: Set<UInt32> = []
        let blocks: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0x3130...0x318F, 0xFF9E...0xFFDF]
        for value in blocks.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCompatibilityMapping.unicodeScalars
            guard let first = decomposed.first?.value else { continue }
            let composesWithPrevious = first == 0x3099 || first == 0x309A
                || (0x1161...0x1175).contains(first) || (0x11A8...0x11C2).contains(first)
            if composesWithPrevious { set.insert(value) }
        }
        return set
    }()
}
