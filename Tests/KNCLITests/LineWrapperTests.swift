import Testing

@testable import KNCLI

/// Wraps `text` and checks the invariants every wrap must keep, whatever the expected lines are:
/// no line wider than the width, nothing lost but the spaces at breaks, Latin words kept whole,
/// and (from 8 columns, where there is room to move a character) no line starting with closing
/// punctuation or ending with an opening bracket.
func wrapChecked(_ text: String, columns: Int, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    let lines = LineWrapper(columns: columns).lines(StyledText(text)).map(\.plain)
    for line in lines {
        #expect(DisplayWidth.of(line) <= columns, "too wide: \(line)", sourceLocation: sourceLocation)
        #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "), "edge space: '\(line)'", sourceLocation: sourceLocation)
        guard columns >= 8 else { continue }
        if let first = line.first {
            #expect(!LineWrapper.noLineStart.contains(first), "starts with \(first) at \(columns): \(lines)", sourceLocation: sourceLocation)
        }
        if let last = line.last {
            #expect(!LineWrapper.noLineEnd.contains(last), "ends with \(last) at \(columns): \(lines)", sourceLocation: sourceLocation)
        }
    }
    #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, sourceLocation: sourceLocation)
    let words = text.split(separator: " ").filter { $0.allSatisfy(\.isASCII) && DisplayWidth.of($0) <= columns }
    for word in words where word.allSatisfy({ $0.isLetter }) {
        #expect(lines.contains { $0.contains(word) }, "split word: \(word)", sourceLocation: sourceLocation)
    }
    return lines
}

@Suite("Wrapping mixed Japanese and English to terminal columns")
struct LineWrapperTests {
    static let mixed = "Kaggle「Shopee - Price Match Guarantee」コンペの10位解法を、手法を選んだ背景と合わせて解説している記事。"
        + "上位解法も紹介されています。PyTorch Lightning の使い方も。"

    @Test("At 40 columns: Japanese breaks anywhere but before 。」、, Latin words only at spaces")
    func mixedAt40() {
        #expect(wrapChecked(Self.mixed, columns: 40) == [
            "Kaggle「Shopee - Price Match Guarantee」",
            "コンペの10位解法を、手法を選んだ背景と合",
            "わせて解説している記事。上位解法も紹介さ",
            "れています。PyTorch Lightning の使い方",
            "も。",
        ])
    }

    @Test("At 80 columns: も is pushed down with 。 rather than 。 starting a line")
    func mixedAt80() {
        #expect(wrapChecked(Self.mixed, columns: 80) == [
            "Kaggle「Shopee - Price Match Guarantee」コンペの10位解法を、手法を選んだ背景と合",
            "わせて解説している記事。上位解法も紹介されています。PyTorch Lightning の使い方",
            "も。",
        ])
    }

    @Test(
        "Invariants hold for every width from 2 to 80",
        arguments: [
            mixed,
            "音声・画像・自然言語に対して同一の枠組みで自己教師あり学習を行う「Data2vec」の解説記事。",
            "https://www.slideshare.net/DeepLearningJP2016/dldata2vec-a-general-framework-for-selfsupervised",
            "ｶｸﾞﾙの本の紹介。ＡｒｃＦａｃｅなどの損失関数を丁寧に解説しています。👩‍💻 e\u{301}cole",
            "A sea-ice forecasting competition started on Kaggle; it ends in August.",
        ])
    func invariants(text: String) {
        for columns in 2...80 { _ = wrapChecked(text, columns: columns) }
    }

    @Test("A word wider than the line is broken between characters, never inside one")
    func longWord() {
        let lines = wrapChecked("https://example.com/a-very-long-path", columns: 12)
        #expect(lines == ["https://exam", "ple.com/a-ve", "ry-long-path"])
    }

    @Test("At most two lines; the second ends in … and still fits")
    func maxLines() {
        for columns in [10, 20, 40, 80] {
            let lines = LineWrapper(columns: columns).lines(StyledText(Self.mixed + Self.mixed), maxLines: 2).map(\.plain)
            #expect(lines.count == 2)
            #expect(lines[1].hasSuffix("…"))
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= columns })
        }
        let short = LineWrapper(columns: 80).lines(StyledText("短い説明。"), maxLines: 2).map(\.plain)
        #expect(short == ["短い説明。"])
    }

    @Test("Roles survive wrapping: a match split across lines is marked on both")
    func rolesSurvive() {
        var text = StyledText("先週紹介した")
        text.append("距離学習", .match)
        text.append("の記事が更新されました。")
        let lines = LineWrapper(columns: 16).lines(text)
        #expect(lines.map(\.plain) == ["先週紹介した距離", "学習の記事が更新", "されました。"])
        #expect(lines[0].spans.last == StyledText.Span(text: "距離", role: .match))
        #expect(lines[1].spans.first == StyledText.Span(text: "学習", role: .match))
    }
}
