/// Removes diacritics from Latin letters (`café` → `cafe`, `Müller` → `muller`), as readers type
/// either form; other scripts keep their marks, which can change a word (`が` ≠ `か`).
///
/// A Latin letter loses its canonical decomposition's marks and every nonspacing mark after it in
/// its chunk, so `ö\u{301}` becomes `o` at once rather than `o\u{301}` and then `o` on a second pass.
enum LatinDiacriticFolding {
    /// `scalars` (one normalized, lower-cased chunk) with Latin diacritics removed.
    static func fold(_ scalars: String.UnicodeScalarView) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        var afterLatin = false
        for scalar in scalars {
            if scalar.properties.generalCategory == .nonspacingMark {
                if !afterLatin { output.append(scalar) }
                continue
            }
            afterLatin = isLatin(scalar)
            if afterLatin, scalar.value >= 0x80 {
                let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
                output.append(contentsOf: decomposed.filter { $0.properties.generalCategory != .nonspacingMark })
            } else {
                output.append(scalar)
            }
        }
        return output
    }

    /// ASCII letters and the Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional blocks.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0xC0...0x24F).contains(value)
            || (0x1E00...0x1EFF).contains(value)
    }
}
