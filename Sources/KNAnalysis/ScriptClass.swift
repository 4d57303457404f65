/// How the tokenizers treat a normalized character.
public enum ScriptClass: Sendable {
    /// Han, Hiragana, Katakana and their marks: indexed as character n-grams.
    case cjk
    /// Letters and digits of every other script: indexed as words.
    case word
    /// Everything else: ends a run and is not indexed.
    case separator

    /// The class of `scalar` (already normalized).
    public init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A:
            self = .word
        case 0x00...0x7F:
            self = .separator
        case 0x3005, 0x3006, 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            self = .cjk
        default:
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                self = .word
            } else {
                self = .separator
            }
        }
    }

    /// Katakana letters and the prolonged sound mark, which the variant normalizers act on.
    public static func isKatakana(_ scalar: Unicode.Scalar) -> Bool {
        (0x30A1...0x30FA).contains(scalar.value) || scalar.value == 0x30FC || (0x31F0...0x31FF).contains(scalar.value)
    }

    /// Han ideographs, which the iteration mark repeats.
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x3134F).contains(value)
    }
}
