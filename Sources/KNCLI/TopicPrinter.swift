import Foundation
import KNQuery

/// Prints topic counts: an aligned table with a per-year bar for people, JSON lines for programs.
///
///     items  per year     topic              kind
///       869  ▁▁ ██ ▇▇ ▆▆  Kaggle             platform
///       388  ▁▁ ██ ▇▇ ▇▇  書籍               concept
///       210     ██ ██ ▅▅  Machine Learning   concept
///            19 20 21 22
///
/// Columns are measured in terminal columns, so Japanese names line up with Latin ones. Each bar is
/// scaled to the topic's own busiest year: it shows when a topic came up, the number how often.
enum TopicPrinter {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let gap = "  "
    static let numberWidth = 5
    /// Topic names are cut (with `…`) rather than let the bars go past the terminal's edge,
    /// but never below this width.
    static let minimumNameWidth = 12
    /// A few competition names run past 50 columns; cutting them keeps `kind` near the names.
    static let maximumNameWidth = 40

    static func jsonLines(_ counts: [TopicCount]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return counts.map { String(decoding: (try? encoder.encode($0)) ?? Data("{}".utf8), as: UTF8.self) + "\n" }.joined()
    }

    static func text(_ counts: [TopicCount], style: TerminalStyle, columns: Int = 80) -> String {
        let years = yearColumns(Set(counts.flatMap(\.perYear.keys)))
        guard !years.isEmpty else { return "" }
        let kindWidth = max(DisplayWidth.of("kind"), counts.map { DisplayWidth.of($0.kind) }.max() ?? 0)
        let fixed = numberWidth + gap.count * 3 + kindWidth
        // Two columns per year (and a space between) when that fits, so every year gets a label.
        let cell = fixed + minimumNameWidth + years.count * 3 - 1 <= columns ? 3 : 1
        let barWidth = max(DisplayWidth.of("per year"), cell == 3 ? years.count * 3 - 1 : years.count)
        let longest = counts.map { DisplayWidth.of(sanitized($0.name)) }.max() ?? 0
        let nameWidth = max(DisplayWidth.of("topic"), min(longest, maximumNameWidth, max(minimumNameWidth, columns - fixed - barWidth)))

        var lines = [
            style.dim(DisplayWidth.padLeft("items", toColumns: numberWidth) + gap + DisplayWidth.pad("per year", toColumns: barWidth)
                + gap + DisplayWidth.pad("topic", toColumns: nameWidth) + gap + "kind")
        ]
        for count in counts {
            let name = DisplayWidth.truncate(sanitized(count.name), toColumns: nameWidth)
            let line = DisplayWidth.padLeft(String(count.items), toColumns: numberWidth) + gap
                + DisplayWidth.pad(bar(count, years: years, cell: cell), toColumns: barWidth) + gap
                + style.bold(name) + String(repeating: " ", count: nameWidth - DisplayWidth.of(name)) + gap
                + style.dim(sanitized(count.kind))
            lines.append(trimmingTrailingSpaces(line))
        }
        let labels = yearLabels(years, cell: cell, width: cell == 3 ? years.count * 3 - 1 : years.count)
        lines.append(String(repeating: " ", count: numberWidth + gap.count) + style.dim(labels))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every year from the first to the last, so a year without items shows as a gap in the bars
    /// rather than vanishing; `?` (undated issues) last.
    static func yearColumns(_ keys: Set<String>) -> [String] {
        let numbers = keys.compactMap { Int($0) }
        guard let first = numbers.min(), let last = numbers.max(), last - first < 200 else { return keys.sorted() }
        return (first...last).map(String.init) + keys.filter { Int($0) == nil }.sorted()
    }

    /// One block per year (doubled when cells are wide), taller for busier years; blank for none.
    static func bar(_ count: TopicCount, years: [String], cell: Int) -> String {
        let peak = max(count.perYear.values.max() ?? 1, 1)
        return years.map { year -> String in
            let n = count.perYear[year] ?? 0
            let block = n == 0 ? " " : blocks[min(blocks.count - 1, (n * blocks.count - 1) / peak)]
            return String(repeating: block, count: cell == 3 ? 2 : 1)
        }.joined(separator: cell == 3 ? " " : "")
    }

    /// The labels under the bars: `19 20 21 22` when each year has room, else first and last year
    /// (a single year is written out: `2022`).
    static func yearLabels(_ years: [String], cell: Int, width: Int) -> String {
        if years.count == 1 { return years[0] }
        if cell == 3 {
            return years.map { DisplayWidth.pad(String($0.suffix(2)), toColumns: 2) }.joined(separator: " ")
        }
        guard let first = years.first, let last = years.last, first != last else { return years.first ?? "" }
        let room = width - DisplayWidth.of(first) - DisplayWidth.of(last)
        return room >= 1 ? first + String(repeating: " ", count: room) + last : "\(first)–\(last)"
    }

    private static func sanitized(_ text: String) -> String { StyledText.sanitized(text) }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
