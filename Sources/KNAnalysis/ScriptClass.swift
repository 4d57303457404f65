/// How the tokenizers treat a normalized character.
public enum ScriptClass: Sendable {
    /// Han, Hiragana, Katakana and their marks: indexed as character n-grams.
    case cjk
    /// Letters and digits of every other script: indexed as words.
    case word
    /// Everything else: ends a run and is not indexed.
    case separator

    /// The class of `scalar` (already normalized).
    @inline(__always)
    public init(_ scalar: Unicode.Scalar) {
        // ASCII, kana and kanji (almost every character) by comparisons alone; the rest from
        // `lookUp`. Each case agrees with `classify`.
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39: self = .word
        case 0x00...0x7F: self = .separator
        case 0x4E00...0x9FFF, 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF: self = .cjk
        default: self = Self.lookUp(scalar)
        }
    }

    /// Punctuation pages are read from tables: their Unicode property lookups were a
    /// noticeable part of segmenting Japanese text (`、。「」`).
    @inline(never)
    static func lookUp(_ scalar: Unicode.Scalar) -> ScriptClass {
        switch scalar.value >> 8 {
        case 0x20: generalPunctuation[Int(scalar.value & 0xFF)]
        case 0x30: cjkSymbolsAndKana[Int(scalar.value & 0xFF)]
        default: classify(scalar)
        }
    }

    static let generalPunctuation = page(0x20)
    static let cjkSymbolsAndKana = page(0x30)

    static func page(_ number: UInt32) -> [ScriptClass] {
        (UInt32(0)..<256).map { offset in Unicode.Scalar(number << 8 | offset).map(classify) ?? .separator }
    }

    static func classify(_ scalar: Unicode.Scalar) -> ScriptClass {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A:
            return .word
        case 0x00...0x7F:
            return .separator
        case 0x3005, 0x3006, 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            return .cjk
        default:
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil ? .word : .separator
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
