import Foundation
import KNQuery
import Testing

@testable import KNCLI

/// A topic count as `kn-search --topics --json` prints it, decoded.
func makeTopic(_ name: String, _ kind: String, items: Int, perYear: [String: Int]) throws -> TopicCount {
    let object: [String: Any] = ["name": name, "kind": kind, "items": items, "per_year": perYear]
    return try JSONDecoder().decode(TopicCount.self, from: JSONSerialization.data(withJSONObject: object))
}

@Suite("Terminal size, paging decision and the topic table")
struct TerminalTests {
    @Test("COLUMNS and LINES win, then the window size, then 80×24")
    func size() {
        let window = TerminalSize(columns: 120, rows: 50)
        #expect(TerminalSize.resolve(environment: ["COLUMNS": "40"], window: window) == TerminalSize(columns: 40, rows: 50))
        #expect(TerminalSize.resolve(environment: ["LINES": "10"], window: nil) == TerminalSize(columns: 80, rows: 10))
        #expect(TerminalSize.resolve(environment: [:], window: window) == window)
        #expect(TerminalSize.resolve(environment: ["COLUMNS": "0", "LINES": "x"], window: nil) == .fallback)
    }

    @Test("Output is longer than the screen when its wrapped rows pass the prompt's line")
    func longerThanScreen() {
        let size = TerminalSize(columns: 20, rows: 4)
        #expect(!Pager.isLongerThanScreen("a\nb\nc\n", size: size))
        #expect(Pager.isLongerThanScreen("a\nb\nc\nd\n", size: size))
        // Eleven wide characters take 22 columns: two rows at 20 columns.
        #expect(Pager.isLongerThanScreen("a\nb\n自己教師あり学習の手法\n", size: size))
        // Escape sequences take no columns.
        #expect(!Pager.isLongerThanScreen("\u{1B}[1m" + String(repeating: "x", count: 20) + "\u{1B}[0m\nb\n", size: size))
    }

    @Test("Escape sequences are removed for measuring", arguments: ["\u{1B}[1;31m学習\u{1B}[0m", "学習"])
    func withoutEscapes(line: String) {
        #expect(Pager.withoutEscapes(Substring(line)) == "学習")
    }

    @Test("The topic table lines up Japanese and Latin names and labels the years under the bars")
    func topics() throws {
        let counts = try [
            makeTopic("Kaggle", "platform", items: 760, perYear: ["2019": 10, "2020": 300, "2021": 250, "2022": 200]),
            makeTopic("書籍", "concept", items: 388, perYear: ["2020": 150, "2021": 120, "2022": 118]),
            makeTopic("Machine Learning", "concept", items: 2, perYear: ["2021": 2]),
        ]
        #expect(TopicPrinter.text(counts, style: TerminalStyle(enabled: false), columns: 80) == """
            items  per year     topic             kind
              760  ▁▁ ██ ▇▇ ▆▆  Kaggle            platform
              388     ██ ▇▇ ▇▇  書籍              concept
                2        ██     Machine Learning  concept
                   19 20 21 22

            """)
    }

    @Test("A year without items is a gap in the bars, not a missing column; undated items come last")
    func yearGaps() {
        #expect(TopicPrinter.yearColumns(["2021", "2023", "?"]) == ["2021", "2022", "2023", "?"])
        #expect(TopicPrinter.yearColumns(["2022"]) == ["2022"])
    }

    @Test("On a narrow terminal the bars take one column per year and long names are cut")
    func narrowTopics() throws {
        let counts = try [
            makeTopic("RSNA-MICCAI Brain Tumor Radiogenomic Classification", "competition", items: 4,
                      perYear: ["2019": 1, "2020": 0, "2021": 2, "2022": 1]),
        ]
        let output = TopicPrinter.text(counts, style: TerminalStyle(enabled: false), columns: 40)
        #expect(output == """
            items  per year  topic         kind
                4  ▄ █▄      RSNA-MICCAI…  competition
                   2019–2022

            """)
    }
}
