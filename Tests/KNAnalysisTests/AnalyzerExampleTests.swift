import KNAnalysis
import Testing

@Suite("Analyzer examples with offsets")
struct AnalyzerExampleTests {
    @Test("CJK runs: unigrams with colocated bigrams in documents")
    func japaneseDocument() {
        #expect(analyzed("学習する") == [
            "学@[0,3)", "学習@[0,6)+", "習@[3,6)", "習す@[3,9)+", "す@[6,9)", "する@[6,12)+", "る@[9,12)",
        ])
    }

    @Test("CJK queries: chain of bigrams, then the last character")
    func japaneseQuery() {
        #expect(analyzed("学習", mode: .query) == ["学習@[0,6)", "習@[3,6)"])
        #expect(analyzed("熱力学", mode: .query) == ["熱力@[0,6)", "力学@[3,9)", "学@[6,9)"])
        #expect(analyzed("学", mode: .query) == ["学@[0,3)"])
    }

    @Test("Mixed scripts split at the boundary: PyTorchの使い方")
    func mixedScripts() {
        #expect(analyzed("PyTorchの使い方", mode: .query) == [
            "pytorch@[0,7)", "の使@[7,13)", "使い@[10,16)", "い方@[13,19)", "方@[16,19)",
        ])
    }

    @Test("Full-width ASCII and digits fold to ASCII, offsets stay on the original")
    func fullWidth() {
        #expect(originals("ＰｙＴｏｒｃｈ") == ["[ＰｙＴｏｒｃｈ]"])
        #expect(Analyzer.standard.tokens(of: "ＰｙＴｏｒｃｈ").map(\.term) == ["pytorch"])
        #expect(analyzed("第１回", mode: .query) == ["第@[0,3)", "1@[3,6)", "回@[6,9)"])
        #expect(analyzed("第1回", mode: .query).map { $0.prefix(while: { $0 != "@" }) } == ["第", "1", "回"])
    }

    @Test("Half-width katakana with voiced marks compose (ｶﾞ → ガ)")
    func halfWidthKatakana() {
        #expect(Analyzer.standard.normalize("ｶｸﾞﾙ") == "カグル")
        #expect(originals("ｶｸﾞﾙ", mode: .query) == ["[ｶｸﾞ]", "[ｸﾞﾙ]", "[ﾙ]"])
    }

    @Test("Combining marks, ligatures, squares, diacritics")
    func compatibilityForms() {
        #expect(Analyzer.standard.normalize("か\u{3099}") == "が")
        #expect(analyzed("ﬁne") == ["fine@[0,5)"])
        #expect(analyzed("㍻", mode: .query) == ["平成@[0,3)", "成@[0,3)"])
        #expect(Analyzer.standard.tokens(of: "Café Müller").map(\.term) == ["cafe", "muller"])
    }

    @Test("Emoji and Japanese punctuation are separators")
    func separators() {
        #expect(Analyzer.standard.tokens(of: "「翻訳」、🎉。", mode: .query).map(\.term) == ["翻訳", "訳"])
        #expect(analyzed("🎉ok") == ["ok@[4,6)"])
    }

    @Test("English: plurals, possessives, hyphenated compounds")
    func english() {
        let terms = { (text: String) in Analyzer.standard.tokens(of: text).map(\.term) }
        #expect(terms("Transformers libraries Kaggle's bus class") == ["transformer", "library", "kaggle", "bus", "class"])
        #expect(terms("pre-training") == ["pre", "pretraining", "training"])
        #expect(Analyzer.standard.tokens(of: "pre-training", mode: .query).map(\.term) == ["pre", "training"])
    }
}
