/// Drops the middle dot `・` between katakana, so `ディープ・ラーニング` = `ディープラーニング`.
///
/// Between other characters (`東京・大阪`) the dot separates words and is left to the tokenizer.
public struct KatakanaMiddleDotNormalizer: CharacterNormalizer {
    public init() {}

    /// Only a `・` between katakana is dropped.
    public var triggers: TriggerCharacters { [.middleDot, .katakana] }

    public func normalize(_ characters: inout [NormalizedCharacter]) {
        guard characters.count >= 3, characters.contains(where: { $0.scalar.value == 0x30FB }) else { return }
        // Compacts in place; `previous` is the original character before, kept or not.
        var kept = 0
        var previous: Unicode.Scalar?
        for index in characters.indices {
            let character = characters[index]
            defer { previous = character.scalar }
            if character.scalar.value == 0x30FB, let previous, index + 1 < characters.count,
                ScriptClass.isKatakana(previous), ScriptClass.isKatakana(characters[index + 1].scalar)
            {
                continue
            }
            characters[kept] = character
            kept += 1
        }
        characters.removeLast(characters.count - kept)
    }
}
