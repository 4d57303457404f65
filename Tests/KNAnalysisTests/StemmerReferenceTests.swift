import KNAnalysis
import Testing

/// The stemmer's ASCII fast path against the rules written plainly over scalars (the
/// analyzer's first implementation), on random words (tantivy: fast code against a naive reference).
@Suite("English stemmer against its reference")
struct StemmerReferenceTests {
    static func reference(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        let isApostrophe = { (scalar: Unicode.Scalar) in scalar == "'" || scalar == "\u{2019}" }
        if scalars.count > 2, scalars[scalars.count - 1] == "s", isApostrophe(scalars[scalars.count - 2]) {
            scalars.removeLast(2)
        }
        scalars.removeAll(where: isApostrophe)
        let text = { (part: ArraySlice<Unicode.Scalar>) in String(String.UnicodeScalarView(part)) }
        guard scalars.allSatisfy({ ("a"..."z").contains($0) }) else { return text(scalars[...]) }
        let count = scalars.count
        guard count >= 3, scalars[count - 1] == "s" else { return text(scalars[...]) }
        switch scalars[count - 2] {
        case "u", "s", "i":
            return text(scalars[...])
        case "e":
            if count > 3, scalars[count - 3] == "i", scalars[count - 4] != "a", scalars[count - 4] != "e" {
                return text(scalars[..<(count - 3)]) + "y"
            }
            if ["i", "a", "o", "e"].contains(scalars[count - 3]) { return text(scalars[...]) }
            return text(scalars[..<(count - 1)])
        default:
            return text(scalars[..<(count - 1)])
        }
    }

    @Test("Random words over the letters the rules read agree with the reference")
    func agreesWithReference() {
        let alphabet: [String] = ["a", "e", "i", "o", "u", "s", "y", "r", "b", "'", "\u{2019}", "1", "ß", "-"]
        let stemmer = EnglishMinimalStemFilter()
        for index in 0..<5_000 {
            var generator = PropertySeed.generator(case: index, stream: 9)
            let word = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator) ?? ""
            }.joined()
            #expect(stemmer.stem(word) == Self.reference(word), "\(PropertySeed.replay(index)) word \(escaped(word))")
        }
    }

    @Test("Examples of every rule", arguments: [
        ("libraries", "library"), ("series", "sery"), ("queries", "query"), ("toes", "toes"), ("shoes", "shoes"),
        ("kaggle's", "kaggle"), ("kaggle’s", "kaggle"), ("bus", "bus"), ("class", "class"), ("analysis", "analysis"),
        ("cats", "cat"), ("as", "as"), ("'s", "s"), ("xs", "xs"), ("rs2", "rs2"),
    ])
    func examples(word: String, stem: String) {
        #expect(EnglishMinimalStemFilter().stem(word) == stem)
    }
}
