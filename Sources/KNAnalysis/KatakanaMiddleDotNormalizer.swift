/// Drops the middle dot `・` between katakana, so `ディープ・ラーニング` = `ディープラーニング`.
///
/// Between other characters (`東京・大阪`) the dot separates words and is left to the tokenizer.
public struct KatakanaMiddleDotNormalizer: CharacterNormalizer {
    public init() {}

    public func normalize(_ characters: inout [NormalizedCharacter]) {
        guard characters.count >= 3 else { return }
        var output: [NormalizedCharacter] = []
        output.reserveCapacity(characters.count)
        for index in characters.indices {
            let character = characters[index]
            if character.scalar.value == 0x30FB, index > 0, index + 1 < characters.count,
                ScriptClass.isKatakana(characters[index - 1].scalar),
                ScriptClass.isKatakana(characters[index + 1].scalar)
            {
                continue
            }
            output.append(character)
        }
        characters = output
    }
}
