/// How many terminal columns text takes (UAX #11, the way `wcwidth` counts): East Asian Wide and
/// Fullwidth characters take two, combining marks and invisible format characters none, the rest one.
///
/// Ambiguous-width characters (`·`, `…`, `▁`) count as one column, as terminals in UTF-8 locales
/// show them; a terminal set to "ambiguous is wide" will misalign them, as it does for every tool.
public enum DisplayWidth {
    /// The columns `text` takes on one terminal line.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The columns one user-perceived character takes: 0, 1 or 2.
    static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        var width = 0
        for scalar in character.unicodeScalars {
            // U+FE0F asks for emoji presentation, which terminals draw two columns wide.
            if scalar.value == 0xFE0F { return 2 }
            width += of(scalar)
        }
        // An emoji ZWJ sequence or a flag is one glyph however many scalars it has.
        return min(width, 2)
    }

    /// The columns one scalar takes on its own.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        // Hangul medial vowels and final consonants join the preceding initial consonant.
        if (0x1160...0x11FF).contains(value) { return 0 }
        return EastAsianWidth.isWide(value) ? 2 : 1
    }

    /// `text` cut to at most `columns` columns, with `…` at the end when something was cut.
    static func truncate(_ text: String, toColumns columns: Int) -> String {
        guard of(text) > columns else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let width = of(character)
            if used + width > columns - 1 { break }
            kept.append(character)
            used += width
        }
        return kept + "…"
    }

    /// `text` followed by spaces up to `columns` columns (never cut).
    public static func pad(_ text: String, toColumns columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - of(text)))
    }

    /// Spaces before `text` up to `columns` columns, for right-aligned numbers.
    public static func padLeft(_ text: String, toColumns columns: Int) -> String {
        String(repeating: " ", count: max(0, columns - of(text))) + text
    }
}
