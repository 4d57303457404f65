/// The kinds of characters the Japanese variant normalizers act on that occur in a text, so the
/// analyzer runs only the normalizers that can change it. `UnicodeNormalizer` notes them as it
/// writes each character (a comparison or two, where another pass cost more).
///
/// Running all five over every text (each a pass over its characters) was a fifth of a document's
/// analysis; most texts hold a `ー` at most, and English ones none of these.
public struct TriggerCharacters: OptionSet, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Katakana letters and `ー` (`ScriptClass.isKatakana`).
    public static let katakana = TriggerCharacters(rawValue: 1 << 0)
    /// The prolonged sound mark `ー`.
    public static let prolongedSoundMark = TriggerCharacters(rawValue: 1 << 1)
    /// The katakana middle dot `・`.
    public static let middleDot = TriggerCharacters(rawValue: 1 << 2)
    /// `ヴ`.
    public static let vu = TriggerCharacters(rawValue: 1 << 3)
    /// The iteration mark `々`.
    public static let iterationMark = TriggerCharacters(rawValue: 1 << 4)
    /// A dash look-alike (`ProlongedSoundMarkNormalizer.isLookAlike`).
    public static let dash = TriggerCharacters(rawValue: 1 << 5)

    /// The kinds found in `characters`.
    public init(_ characters: UnsafeBufferPointer<NormalizedCharacter>) {
        var found: UInt8 = 0
        for character in characters { found |= Self.kind(of: character.scalar.value) }
        self.init(rawValue: found)
    }

    /// The kinds of one character (`rawValue` bits; 0 for most).
    @inline(__always)
    static func kind(of value: UInt32) -> UInt8 {
        // Kanji (above U+31FF) and ASCII letters leave by the first comparisons.
        if value &- 0x3005 <= 0x31FF - 0x3005 { return kind(ofKana: value) }
        return ProlongedSoundMarkNormalizer.isLookAlike(value) ? dash.rawValue : 0
    }

    /// The kinds of a character of U+3005–U+31FF.
    @inline(__always)
    static func kind(ofKana value: UInt32) -> UInt8 {
        switch value {
        case 0x30FC: katakana.rawValue | prolongedSoundMark.rawValue
        case 0x30F4: katakana.rawValue | vu.rawValue
        case 0x30FB: middleDot.rawValue
        case 0x3005: iterationMark.rawValue
        case 0x30A1...0x30FA, 0x31F0...0x31FF: katakana.rawValue
        default: 0
        }
    }
}
