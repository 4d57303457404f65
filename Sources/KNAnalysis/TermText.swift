/// Builds token terms straight into UTF-8: terms are short (small strings, no allocation), and
/// the standard library's generic `unicodeScalars.append(contentsOf:)` was a fifth of the
/// analyzer's time.
enum TermText {
    /// The text of `characters`' scalars.
    static func string(of characters: ArraySlice<NormalizedCharacter>) -> String {
        String(unsafeUninitializedCapacity: characters.count * 4) { buffer in
            var count = 0
            for character in characters { write(character.scalar, into: buffer, at: &count) }
            return count
        }
    }

    /// The text of one scalar, or of two. `String(decoding:)` over a stack buffer measured a
    /// quarter faster than `String(unsafeUninitializedCapacity:)` for these two-to-eight bytes.
    static func string(_ first: Unicode.Scalar, _ second: Unicode.Scalar? = nil) -> String {
        var storage: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &storage) { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            var count = 0
            write(first, into: buffer, at: &count)
            if let second { write(second, into: buffer, at: &count) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The term of a CJK unigram: read from a table for U+3000–U+9FFF (kana, kanji, CJK
    /// punctuation), since half the tokens of Japanese text are unigrams of a few hundred
    /// characters and building each string costs more than the rest of its analysis.
    static func unigram(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        guard (0x3000...0x9FFF).contains(value) else { return string(scalar) }
        return cjkUnigrams[Int(value - 0x3000)]
    }

    /// Built on first use (about a millisecond; 28k small strings, 450 KB).
    static let cjkUnigrams: [String] = (UInt32(0x3000)...0x9FFF).map { value in
        Unicode.Scalar(value).map { string($0) } ?? ""
    }

    /// Writes the UTF-8 of `scalar` at `index` (which must leave room for four bytes) and advances it.
    @inline(__always)
    static func write(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: inout Int) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            buffer[index] = UInt8(value)
            index += 1
        case 0x80..<0x800:
            buffer[index] = UInt8(0xC0 | value >> 6)
            buffer[index + 1] = UInt8(0x80 | value & 0x3F)
            index += 2
        case 0x800..<0x10000:
            buffer[index] = UInt8(0xE0 | value >> 12)
            buffer[index + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
            buffer[index + 2] = UInt8(0x80 | value & 0x3F)
            index += 3
        default:
            buffer[index] = UInt8(0xF0 | value >> 18)
            buffer[index + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
            buffer[index + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
            buffer[index + 3] = UInt8(0x80 | value & 0x3F)
            index += 4
        }
    }
}
