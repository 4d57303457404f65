
/// The shorter compounds inside a long Japanese compound, for a concept that matches too few
/// items as typed.
///
/// Japanese writes compounds without spaces, and a long one (金融データ活用チャレンジ) often
/// names a specific thing while related items share most of it (金融データ活用推進協会). Without
/// a dictionary, the changes of script (kanji ↔ hiragana ↔ katakana) are where such compounds
/// join: dropping the first or the last part keeps what the rest has in common.
enum CompoundParts {
    /// Only compounds this long, made of at least three parts, are worth taking apart.
    static let minimumCharacters = 6
    static let minimumParts = 3

    /// The compound without its last part and without its first, or nothing when `text` is
    /// short, not all Japanese, or of fewer parts.
    static func shorterCompounds(of text: String) -> [String] {
        let characters = Array(text)
        guard characters.count >= minimumCharacters else { return [] }
        var parts: [[Character]] = []
        var previous: Script?
        for character in characters {
            guard let script = Script(character) else { return [] }
            if script == previous, !parts.isEmpty { parts[parts.count - 1].append(character) } else { parts.append([character]) }
            previous = script
        }
        guard parts.count >= minimumParts else { return [] }
        return [String(parts.dropLast().joined()), String(parts.dropFirst().joined())]
    }

    private enum Script {
        case han, hiragana, katakana

        init?(_ character: Character) {
            guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
            switch scalar.value {
            case 0x3041...0x309F: self = .hiragana
            case 0x30A1...0x30FF, 0xFF66...0xFF9F: self = .katakana
            case 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: self = .han
            default: return nil
            }
        }
    }
}
