/// Makes the final `ー` of a katakana word of four or more characters optional
/// (`サーバー` = `サーバ`, `コンピューター` = `コンピュータ`), following JIS Z 8301 and Kuromoji's
/// katakana stemmer; shorter words (`ルー`, `キー`) keep it because there it tells words apart.
///
/// Repeated marks (`サーバーー`) are dropped while the word still has four or more characters,
/// so normalizing twice changes nothing. The dropped marks' bytes join the character before
/// them, so highlights still cover the whole word.
public struct TrailingProlongedSoundMarkNormalizer: CharacterNormalizer {
    static let minimumWordLength = 4

    public init() {}

    public func normalize(_ characters: inout [NormalizedCharacter]) {
        guard characters.contains(where: { $0.scalar.value == 0x30FC }) else { return }
        // Compacts in place: `characters[..<kept]` is the output so far, never ahead of the reading.
        var kept = 0
        var runLength = 0
        for index in characters.indices {
            let character = characters[index]
            characters[kept] = character
            kept += 1
            runLength = ScriptClass.isKatakana(character.scalar) ? runLength + 1 : 0
            let endsRun = index + 1 == characters.count || !ScriptClass.isKatakana(characters[index + 1].scalar)
            guard endsRun else { continue }
            while runLength >= Self.minimumWordLength, characters[kept - 1].scalar.value == 0x30FC {
                let end = characters[kept - 1].end
                kept -= 1
                characters[kept - 1].end = end
                runLength -= 1
            }
        }
        characters.removeLast(characters.count - kept)
    }
}
