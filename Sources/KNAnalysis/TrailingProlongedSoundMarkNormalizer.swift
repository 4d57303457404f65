/// Makes the final `ー` of a katakana word of four or more characters optional
/// (`サーバー` = `サーバ`, `コンピューター` = `コンピュータ`), following JIS Z 8301 and Kuromoji's
/// katakana stemmer; shorter words (`ルー`, `キー`) keep it because there it tells words apart.
///
/// The dropped mark's bytes join the character before it, so highlights still cover the whole word.
public struct TrailingProlongedSoundMarkNormalizer: CharacterNormalizer {
    static let minimumWordLength = 4

    public init() {}

    public func normalize(_ characters: inout [NormalizedCharacter]) {
        var output: [NormalizedCharacter] = []
        output.reserveCapacity(characters.count)
        var runLength = 0
        for (index, character) in characters.enumerated() {
            let isKatakana = ScriptClass.isKatakana(character.scalar)
            runLength = isKatakana ? runLength + 1 : 0
            let endsRun = index + 1 == characters.count || !ScriptClass.isKatakana(characters[index + 1].scalar)
            if character.scalar.value == 0x30FC, endsRun, runLength >= Self.minimumWordLength,
                var last = output.popLast()
            {
                last.end = character.end
                output.append(last)
                continue
            }
            output.append(character)
        }
        characters = output
    }
}
