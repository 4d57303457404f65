import Foundation
import KNQuery

/// Prints hits for people (text) or programs (JSON lines), keeping searching apart from printing.
struct HitPrinter {
    enum Format {
        case text(TerminalStyle)
        case jsonLines
    }

    let format: Format

    func render(_ hits: [Hit]) -> String {
        switch format {
        case .jsonLines: hits.map(Self.jsonLine).joined()
        case .text(let style): hits.map { Self.text($0, style: style) }.joined(separator: "\n")
        }
    }

    static func jsonLine(_ hit: Hit) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(hit)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func text(_ hit: Hit, style: TerminalStyle) -> String {
        var lines = ["\(hit.rank). " + style.bold(hit.title)]
        let issue = hit.issue.map { "#\($0)" } ?? hit.issueTitle
        lines.append("   " + style.dim([issue, hit.date, hit.section].compactMap { $0 }.joined(separator: " · ")))
        if let url = hit.url { lines.append("   " + style.link(url)) }
        if !hit.snippet.isEmpty { lines.append("   " + highlighted(hit, style: style)) }
        if !hit.alsoIn.isEmpty {
            lines.append("   " + style.dim("also in " + hit.alsoIn.map { "#\($0)" }.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func highlighted(_ hit: Hit, style: TerminalStyle) -> String {
        let bytes = Array(hit.snippet.utf8)
        var output = String()
        var cursor = 0
        for range in hit.highlights where range.count == 2 && range[0] >= cursor && range[1] <= bytes.count {
            output += String(decoding: bytes[cursor..<range[0]], as: UTF8.self)
            output += style.match(String(decoding: bytes[range[0]..<range[1]], as: UTF8.self))
            cursor = range[1]
        }
        return output + String(decoding: bytes[cursor...], as: UTF8.self)
    }
}
