/// Replaces the iteration mark `々` by the kanji it repeats, so `様々` = `様様` and a query for
/// `人人` finds `人々`.
public struct IterationMarkNormalizer: CharacterNormalizer {
    public init() {}

    public var triggers: TriggerCharacters { .iterationMark }

    public func normalize(_ characters: inout [NormalizedCharacter]) {
        for index in characters.indices.dropFirst() where characters[index].scalar.value == 0x3005 {
            let previous = characters[index - 1].scalar
            if ScriptClass.isHan(previous) {
                characters[index].scalar = previous
            }
        }
    }
}
