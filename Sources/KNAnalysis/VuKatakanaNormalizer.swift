/// Reads `ヴァ ヴィ ヴ ヴェ ヴォ` as `バ ビ ブ ベ ボ`, the other common spelling of the same loanwords
/// (`ヴァリデーション` = `バリデーション`).
public struct VuKatakanaNormalizer: CharacterNormalizer {
    /// Small vowel after ヴ → the voiced-b syllable it spells.
    static let syllables: [UInt32: Unicode.Scalar] = [
        0x30A1: "\u{30D0}", 0x30A3: "\u{30D3}", 0x30A5: "\u{30D6}", 0x30A7: "\u{30D9}", 0x30A9: "\u{30DC}",
    ]

    public init() {}

    public var triggers: TriggerCharacters { .vu }

    public func normalize(_ characters: inout [NormalizedCharacter]) {
        guard characters.contains(where: { $0.scalar.value == 0x30F4 }) else { return }
        // Compacts in place: `characters[..<kept]` is the output so far, never ahead of `index`.
        var kept = 0
        var index = 0
        while index < characters.count {
            var character = characters[index]
            index += 1
            guard character.scalar.value == 0x30F4 else {
                characters[kept] = character
                kept += 1
                continue
            }
            if index < characters.count, let syllable = Self.syllables[characters[index].scalar.value] {
                character.scalar = syllable
                character.end = characters[index].end
                index += 1
            } else {
                character.scalar = "\u{30D6}"
            }
            characters[kept] = character
            kept += 1
        }
        characters.removeLast(characters.count - kept)
    }
}
