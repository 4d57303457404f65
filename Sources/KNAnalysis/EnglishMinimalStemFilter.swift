/// A minimal plural and possessive stemmer for English words (Lucene's EnglishMinimalStemmer):
/// `transformers` → `transformer`, `libraries` → `library`, `kaggle's` → `kaggle`, while
/// `bus`, `class` and `analysis` stay as they are.
///
/// It only removes inflection that readers type either way; a full Porter stemmer would also
/// merge unrelated words (`university`/`universe`) and hurt precision on product names.
public struct EnglishMinimalStemFilter: Sendable {
    public init() {}

    /// The stem of `word` (lower-case); words with characters other than ASCII letters and
    /// apostrophes only lose their apostrophes.
    public func stem(_ word: String) -> String {
        var word = word
        if let stemmed = word.withUTF8(Self.stemASCII) { return stemmed }
        return Self.stemScalars(word)
    }

    /// The same rules over ASCII bytes (almost every word); nil when `bytes` is not ASCII.
    static func stemASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        // Written straight into the result: one string made per word.
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            _ = buffer.initialize(fromContentsOf: bytes)
            return stemASCII(in: buffer, count: bytes.count) ?? 0
        }
    }

    /// Stems the word in `word[..<count]` in place when it is ASCII: the stem's length, or nil
    /// (with `word` untouched) when it is not. The analyzer's path, which makes no `String`.
    static func stemASCII(in word: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int? {
        let bytes = UnsafeMutableBufferPointer(rebasing: word[..<count])
        // One pass for both questions: is any byte over 0x7F, is there any apostrophe.
        var nonASCII: UInt8 = 0
        var apostrophes = false
        for byte in bytes {
            nonASCII |= byte & 0x80
            apostrophes = apostrophes || byte == UInt8(ascii: "'")
        }
        guard nonASCII == 0 else { return nil }
        var kept = count
        if apostrophes {
            kept = removingApostrophes(bytes)
        }
        let s = UInt8(ascii: "s")
        guard kept >= 3, bytes[kept - 1] == s, bytes[..<kept].allSatisfy({ (0x61...0x7A).contains($0) }) else {
            return kept
        }
        return stemmedLength(of: bytes, count: kept)
    }

    /// Drops a final `'s`, then every apostrophe, in place; the new length.
    private static func removingApostrophes(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let apostrophe = UInt8(ascii: "'")
        var end = bytes.count
        if end > 2, bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 2] == apostrophe { end -= 2 }
        // Compacts in place: the write index never passes the read index.
        var kept = 0
        for index in 0..<end where bytes[index] != apostrophe {
            bytes[kept] = bytes[index]
            kept += 1
        }
        return kept
    }

    /// The plural rules on a lower-case ASCII word of three or more letters ending in `s`;
    /// may write `y` over the word (`libraries` → `library`).
    private static func stemmedLength(of word: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        switch word[count - 2] {
        case UInt8(ascii: "u"), UInt8(ascii: "s"), UInt8(ascii: "i"):
            return count
        case UInt8(ascii: "e"):
            let third = word[count - 3]
            if count > 3, third == UInt8(ascii: "i"), word[count - 4] != UInt8(ascii: "a"),
                word[count - 4] != UInt8(ascii: "e")
            {
                word[count - 3] = UInt8(ascii: "y")
                return count - 2
            }
            switch third {
            case UInt8(ascii: "i"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "e"): return count
            default: return count - 1
            }
        default:
            return count - 1
        }
    }

    /// The rules over scalars, for words with non-ASCII characters (`kaggle’s`, `naïve` after
    /// folding is ASCII, but `straße` is not).
    static func stemScalars(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        if scalars.count > 2, scalars[scalars.count - 1] == "s", Self.isApostrophe(scalars[scalars.count - 2]) {
            scalars.removeLast(2)
        }
        scalars.removeAll(where: Self.isApostrophe)
        guard scalars.allSatisfy({ ("a"..."z").contains($0) }) else { return Self.string(scalars) }
        let count = scalars.count
        guard count >= 3, scalars[count - 1] == "s" else { return Self.string(scalars) }
        switch scalars[count - 2] {
        case "u", "s":
            return Self.string(scalars)
        case "e":
            if count > 3, scalars[count - 3] == "i", scalars[count - 4] != "a", scalars[count - 4] != "e" {
                return Self.string(scalars[..<(count - 3)]) + "y"
            }
            if ["i", "a", "o", "e"].contains(scalars[count - 3]) { return Self.string(scalars) }
            return Self.string(scalars[..<(count - 1)])
        case "i":
            return Self.string(scalars)
        default:
            return Self.string(scalars[..<(count - 1)])
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    private static func string<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var text = String()
        for scalar in scalars { text.unicodeScalars.append(scalar) }
        return text
    }
}
