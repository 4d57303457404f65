/// Reads dash look-alikes written after katakana as the prolonged sound mark `ー`.
///
/// `ｰ` already becomes `ー` under NFKC, but `－` (→ `-`), `‐`, `–`, `—` and `―` stay; writers and
/// input methods use them interchangeably in words like `サ—バ`. A dash followed by a Latin letter
/// or digit is a real hyphen (`カーネル-SVM`) and is kept.
public struct ProlongedSoundMarkNormalizer: CharacterNormalizer {
    /// `-` `‐` `‑` `‒` `–` `—` `―` `−` (a switch: a `Set` hashed every character of every text).
    @inline(__always)
    static func isLookAlike(_ value: UInt32) -> Bool {
        switch value {
        case 0x2D, 0x2010...0x2015, 0x2212: true
        default: false
        }
    }

    public init() {}

    /// A dash can only become `ー` after katakana.
    public var triggers: TriggerCharacters { [.dash, .katakana] }

    public var produces: TriggerCharacters { .prolongedSoundMark }

    public func normalize(_ characters: inout [NormalizedCharacter]) {
        for index in characters.indices.dropFirst() where Self.isLookAlike(characters[index].scalar.value) {
            guard ScriptClass.isKatakana(characters[index - 1].scalar) else { continue }
            let next = index + 1 < characters.count ? characters[index + 1].scalar : nil
            if let next, ScriptClass(next) == .word { continue }
            characters[index].scalar = "\u{30FC}"
        }
    }
}
