import Testing

@testable import KNCLI

@Suite("Terminal column widths (UAX #11)")
struct DisplayWidthTests {
    @Test(
        "Wide and fullwidth characters take two columns, half-width kana and combining marks do not",
        arguments: [
            ("PyTorch", 7),
            ("PyTorchの使い方", 15),
            ("自己教師あり学習", 16),
            ("ＰｙＴｏｒｃｈ", 14),
            ("ｶｸﾞﾙ", 4),
            ("サーバー", 8),
            ("e\u{301}cole", 5),
            ("한국어", 6),
            ("\u{3000}", 2),
            ("👍", 2),
            ("❤\u{FE0F}", 2),
            ("👩‍💻", 2),
            ("🇯🇵", 2),
            ("a\u{200B}b", 2),
            ("\u{1B}[1m", 3),
            ("#84 · 2021-07-23 · News", 23),
            ("…", 1),
        ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("Truncation never exceeds the width and never splits a character")
    func truncation() {
        #expect(DisplayWidth.truncate("自己教師あり学習", toColumns: 7) == "自己教…")
        #expect(DisplayWidth.truncate("自己教師あり学習", toColumns: 8) == "自己教…")
        #expect(DisplayWidth.truncate("PyTorch", toColumns: 7) == "PyTorch")
        #expect(DisplayWidth.truncate("PyTorchの使い方", toColumns: 10) == "PyTorchの…")
        for columns in 1...20 {
            #expect(DisplayWidth.of(DisplayWidth.truncate("PyTorchの使い方と👩‍💻", toColumns: columns)) <= max(columns, 1))
        }
    }

    @Test("Padding counts columns, so Japanese and Latin names line up")
    func padding() {
        #expect(DisplayWidth.pad("書籍", toColumns: 8) == "書籍    ")
        #expect(DisplayWidth.pad("Kaggle", toColumns: 8) == "Kaggle  ")
        #expect(DisplayWidth.padLeft("869", toColumns: 5) == "  869")
    }

    @Test("The wide table is sorted and its ranges do not overlap, so binary search is sound")
    func tableIsSorted() {
        let ranges = EastAsianWidth.wideRanges
        for (left, right) in zip(ranges, ranges.dropFirst()) {
            #expect(left.upperBound < right.lowerBound, "\(left) \(right)")
        }
    }
}
