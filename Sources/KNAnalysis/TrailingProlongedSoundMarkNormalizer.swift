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

    public var triggers: TriggerCharacters { .prolongedSoundMark }

    public func normalize(_ characters: inout [NormalizedCharacter]) {
        guard let first = Self.firstDroppedMark(in: characters) else { return }
        let kept = characters.withUnsafeMutableBufferPointer { characters in
            // Compacts in place from the first dropped mark: `characters[..<kept]` is the output
            // so far, never ahead of the reading. The run before it is counted afresh.
            var runStart = first
            while runStart > 0, ScriptClass.isKatakana(characters[runStart - 1].scalar) { runStart -= 1 }
            var kept = runStart
            var runLength = 0
            for index in runStart..<characters.count {
                let character = characters[index]
                characters[kept] = character
                kept += 1
                guard ScriptClass.isKatakana(character.scalar) else {
                    runLength = 0
                    continue
                }
                runLength += 1
                // Only a run of four or more that ends in `ー` loses marks.
                guard character.scalar.value == 0x30FC, runLength >= Self.minimumWordLength,
                    index + 1 == characters.count || !ScriptClass.isKatakana(characters[index + 1].scalar)
                else { continue }
                while runLength >= Self.minimumWordLength, characters[kept - 1].scalar.value == 0x30FC {
                    let end = characters[kept - 1].end
                    kept -= 1
                    characters[kept - 1].end = end
                    runLength -= 1
                }
            }
            return kept
        }
        characters.removeLast(characters.count - kept)
    }

    /// The index of the first `ー` that ends a katakana word of four or more characters, found
    /// by looking only around each `ー` (most texts have none to drop, and need no compaction).
    private static func firstDroppedMark(in characters: [NormalizedCharacter]) -> Int? {
        characters.withUnsafeBufferPointer { characters in
            for index in characters.indices where characters[index].scalar.value == 0x30FC {
                let endsRun = index + 1 == characters.count || !ScriptClass.isKatakana(characters[index + 1].scalar)
                guard endsRun, index + 1 >= minimumWordLength else { continue }
                let word = characters[(index + 1 - minimumWordLength)...index]
                if word.allSatisfy({ ScriptClass.isKatakana($0.scalar) }) { return index }
            }
            return nil
        }
    }
}
