import Foundation
import KNQuery
import Testing

@testable import KNCLI

/// A hit as `kn-search --json` prints it, decoded, so tests need no initializer from KNQuery.
func makeHit(
    rank: Int = 1, issue: Int? = 84, date: String? = "2021-07-23", section: String = "Articles",
    title: String = "DINO", url: String? = "https://oumpy.github.io/blog/2021/05/dino.html",
    snippet: String = "自己教師あり学習の手法「DINO」の解説記事。", highlights: [[Int]] = [[0, 24]], alsoIn: [Int] = []
) throws -> Hit {
    var object: [String: Any] = [
        "schema": 1, "rank": rank, "score": 1.5, "issue_title": "Weekly Kaggle News #\(issue ?? 0)",
        "section": section, "kind": "entry", "title": title, "links": [String](), "snippet": snippet,
        "highlights": highlights, "commentary": snippet, "also_in": alsoIn, "topics": [String](),
    ]
    object["issue"] = issue
    object["date"] = date
    object["url"] = url
    return try JSONDecoder().decode(Hit.self, from: JSONSerialization.data(withJSONObject: object))
}

@Suite("Hit printers")
struct HitPrinterTests {
    let plain = TerminalStyle(enabled: false)

    @Test("Text: rank and title, issue · date · section, URL, snippet, also in")
    func text() throws {
        let hit = try makeHit(alsoIn: [12, 40])
        #expect(HitTextPrinter(style: plain, columns: 80).render([hit]) == """
            1. DINO
               #84 · 2021-07-23 · Articles
               https://oumpy.github.io/blog/2021/05/dino.html
               自己教師あり学習の手法「DINO」の解説記事。
               also in #12, #40

            """)
    }

    @Test("Ranks are right-aligned, so titles start in one column from 9. to 10.")
    func rankAlignment() throws {
        let hits = try [makeHit(rank: 9, url: nil, snippet: ""), makeHit(rank: 10, url: nil, snippet: "")]
        #expect(HitTextPrinter(style: plain, columns: 80).render(hits) == """
             9. DINO
                #84 · 2021-07-23 · Articles

            10. DINO
                #84 · 2021-07-23 · Articles

            """)
    }

    @Test("Text at 30 columns: two snippet lines, moved to show the whole match; the URL stays whole")
    func narrow() throws {
        let snippet = "音声・画像・自然言語に対して同一の枠組みで自己教師あり学習を行う「Data2vec」の解説記事。"
        let start = snippet.utf8.count - "自己教師あり学習を行う「Data2vec」の解説記事。".utf8.count
        let hit = try makeHit(snippet: snippet, highlights: [[start, start + 24]])
        let output = HitTextPrinter(style: plain, columns: 30).render([hit])
        #expect(output == """
            1. DINO
               #84 · 2021-07-23 · Articles
               https://oumpy.github.io/blog/2021/05/dino.html
               …枠組みで自己教師あり学習を
               行う「Data2vec」の解説記…

            """)
        #expect(!output.split(separator: "\n").contains { DisplayWidth.of($0) > 30 && !$0.contains("https:") })
    }

    @Test("A match past the second line moves the passage so that it shows, after …")
    func matchKeptInView() throws {
        let snippet = String(repeating: "前置きの文章です。", count: 6) + "ここに自己教師あり学習があります。"
        let start = snippet.utf8.count - "自己教師あり学習があります。".utf8.count
        let lines = SnippetLayout(columns: 30, maxLines: 2).lines(snippet, highlights: [[start, start + 24]])
        #expect(lines.map(\.plain) == ["…ここに自己教師あり学習があり", "ます。"])
        #expect(lines.flatMap(\.spans).filter { $0.role == .match }.map(\.text).joined() == "自己教師あり学習")
    }

    @Test("Highlights mark whole characters, half-width and full-width alike; bad ranges are ignored")
    func highlightRanges() {
        let text = "ｶｸﾞﾙとＡｒｃＦａｃｅ"
        let kana = "ｶｸﾞﾙ".utf8.count
        let arc = text.utf8.count - "ＡｒｃＦａｃｅ".utf8.count
        let marked = SnippetLayout.marked(text, highlights: [[0, kana], [arc, text.utf8.count], [5, 2], [1]])
        #expect(marked.spans.filter { $0.role == .match }.map(\.text) == ["ｶｸﾞﾙ", "ＡｒｃＦａｃｅ"])
        // A range ending inside a character's bytes still marks the whole character.
        #expect(SnippetLayout.marked("学習", highlights: [[0, 1]]).spans.first == StyledText.Span(text: "学", role: .match))
    }

    @Test("Control characters from the index never reach the terminal")
    func sanitized() throws {
        let hit = try makeHit(title: "evil\u{1B}]0;owned\u{7}title", snippet: "a\u{1B}[2Jb", highlights: [])
        let output = HitTextPrinter(style: plain, columns: 80).render([hit])
        #expect(!output.contains("\u{1B}") && !output.contains("\u{7}"))
    }

    @Test("Grouped by issue: issues in order of their best hit, a header each, no repeated issue")
    func grouped() throws {
        let hits = try [
            makeHit(rank: 1, issue: 101, date: "2022-01-14"), makeHit(rank: 2, issue: 100, date: "2022-01-07"),
            makeHit(rank: 3, issue: 101, date: "2022-01-14", url: nil),
        ]
        let output = HitTextPrinter(style: plain, columns: 80, groupByIssue: true).render(hits)
        #expect(output == """
            Weekly Kaggle News #101 · 2022-01-14
              1. DINO
                 Articles
                 https://oumpy.github.io/blog/2021/05/dino.html
                 自己教師あり学習の手法「DINO」の解説記事。

              3. DINO
                 Articles
                 自己教師あり学習の手法「DINO」の解説記事。

            Weekly Kaggle News #100 · 2022-01-07
              2. DINO
                 Articles
                 https://oumpy.github.io/blog/2021/05/dino.html
                 自己教師あり学習の手法「DINO」の解説記事。

            """)
    }

    @Test("Styled text closes every escape on its own line")
    func escapesPerLine() throws {
        let hit = try makeHit(snippet: String(repeating: "自己教師あり学習", count: 8), highlights: [[0, 24 * 8]])
        let output = HitTextPrinter(style: TerminalStyle(enabled: true), columns: 30).render([hit])
        for line in output.split(separator: "\n") {
            let opened = line.components(separatedBy: "\u{1B}[").count - 1
            let closed = line.components(separatedBy: "\u{1B}[0m").count - 1
            #expect(opened == 2 * closed, "\(line)")
        }
    }

    @Test("TSV: fixed columns, tabs and newlines in fields become spaces, no header")
    func tsv() throws {
        let hit = try makeHit(title: "a\tb\nc", url: nil, snippet: "x\r\ny", highlights: [])
        #expect(DelimitedHitPrinter.tsv([hit]) == "1\t84\t2021-07-23\tArticles\ta b c\t\tx  y\n")
    }

    @Test("CSV: RFC 4180 header, CRLF, quotes doubled, fields with , \" or newlines quoted")
    func csv() throws {
        let hit = try makeHit(title: "Metric learning, \"in practice\"", snippet: "one\ntwo", highlights: [])
        let expected = "rank,issue,date,section,title,url,snippet\r\n"
            + #"1,84,2021-07-23,Articles,"Metric learning, ""in practice""",https://oumpy.github.io/blog/2021/05/dino.html,"#
            + "\"one\ntwo\"\r\n"
        #expect(DelimitedHitPrinter.csv([hit]) == expected)
    }

    @Test("URLs: one per hit, none for a hit without a link")
    func urls() throws {
        let hits = try [makeHit(rank: 1), makeHit(rank: 2, url: nil), makeHit(rank: 3, url: "https://example.net/x")]
        #expect(HitPrinter(format: .urls).render(hits) == "https://oumpy.github.io/blog/2021/05/dino.html\nhttps://example.net/x\n")
    }
}
