import KNAnalysis
import Testing

/// Inputs the random-text properties found, pinned by the behaviour they broke (Analyzer v2).
@Suite("Normalization regressions found by the property tests")
struct NormalizationRegressionTests {
    /// `normalize` applied once equals `expected`, and applying it again changes nothing.
    func expectStable(_ input: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let once = Analyzer.standard.normalize(input)
        #expect(once == expected, "\(escaped(input))", sourceLocation: sourceLocation)
        #expect(Analyzer.standard.normalize(once) == once, "\(escaped(input)) twice", sourceLocation: sourceLocation)
    }

    @Test("Repeated trailing ー all go at once: サーバーー was サーバー, then サーバ", arguments: [
        ("サーバーー", "サーバ"), ("サーバ——", "サーバ"), ("ヒヌーーー−－", "ヒヌー"), ("ルーーー", "ルーー"), ("キーー", "キーー"),
    ])
    func repeatedTrailingProlongedSoundMarks(input: String, expected: String) {
        expectStable(input, expected)
    }

    @Test("The ranges of several dropped ー join the character before them")
    func repeatedTrailingMarksKeepTheirRange() {
        #expect(originals("サーバーー", mode: .query).last == "[バーー]")
    }

    @Test("Marks after a Latin letter go with its diacritics: o\u{308}\u{301} was o\u{301}, then o", arguments: [
        ("o\u{308}\u{301}", "o"), ("ö\u{301}", "o"), ("e\u{301}\u{301}", "e"), ("a\u{344}", "a"), ("İ", "i"),
    ])
    func marksAfterLatinLetters(input: String, expected: String) {
        expectStable(input, expected)
    }

    @Test("İstanbul is one word (U+0130 lower-cases to i + U+0307, which split it)")
    func dottedCapitalI() {
        #expect(Analyzer.standard.tokens(of: "İstanbul").map(\.term) == ["istanbul"])
    }

    @Test("A default-ignorable between a base and its mark no longer splits them", arguments: [
        ("か\u{200B}\u{3099}", "が"), ("ｶ\u{200D}ﾞ", "ガ"), ("e\u{FE0F}\u{301}", "e"), ("\u{200B}\u{3099}", "\u{3099}"),
    ])
    func ignorablesAreTransparent(input: String, expected: String) {
        expectStable(input, expected)
    }

    @Test("Hangul vowels and finals compose with the syllable before them, as whole-string NFKC does", arguments: [
        ("ㄱㅏ", "가"), ("ﾡￂ", "가"), ("가\u{11A8}", "각"), ("\u{1100}\u{1161}\u{11A8}", "각"),
    ])
    func hangulJamoCompose(input: String, expected: String) {
        expectStable(input, expected)
    }
}
