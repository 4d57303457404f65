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
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
