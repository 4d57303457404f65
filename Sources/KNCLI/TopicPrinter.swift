import Foundation
import KNQuery

/// Prints topic counts: a table with a per-year bar for people, JSON lines for programs.
enum TopicPrinter {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func jsonLines(_ counts: [TopicCount]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return counts.map { String(decoding: (try? encoder.encode($0)) ?? Data("{}".utf8), as: UTF8.self) + "\n" }.joined()
    }

    static func text(_ counts: [TopicCount], style: TerminalStyle) -> String {
        let years = Set(counts.flatMap(\.perYear.keys)).sorted()
        guard let first = years.first, let last = years.last else { return "" }
        let label = "\(first)–\(last)"
        let width = max(years.count, label.count)
        var lines = ["items  " + label.padding(toLength: width + 2, withPad: " ", startingAt: 0) + "topic"]
        for count in counts {
            let peak = max(count.perYear.values.max() ?? 1, 1)
            let bar = String(years.map { year -> Character in
                let n = count.perYear[year] ?? 0
                return n == 0 ? " " : blocks[min(blocks.count - 1, (n * blocks.count - 1) / peak)]
            })
            let number = String(count.items)
            lines.append(String(repeating: " ", count: max(0, 5 - number.count)) + number + "  " + bar
                + String(repeating: " ", count: width + 2 - years.count) + style.bold(count.name) + "  " + style.dim(count.kind))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
