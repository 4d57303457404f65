import Foundation
import KNAnalysis
import KNCLI

/// Prints analyzer tokens for `kn-index tokenize`: an aligned table for people, or one JSON
/// array for programs, each token with the original text its byte range covers.
struct TokenPrinter {
    /// One token as `--json` prints it.
    struct Entry: Encodable {
        let position: Int
        let start: Int
        let end: Int
        let colocated: Bool
        let term: String
        let original: String
    }

    let text: String

    func entries(_ tokens: [Token]) -> [Entry] {
        let bytes = Array(text.utf8)
        return tokens.map { token in
            let range = max(0, token.start)..<min(bytes.count, max(token.start, token.end))
            return Entry(
                position: token.position, start: token.start, end: token.end, colocated: token.isColocated,
                term: token.term, original: String(decoding: bytes[range], as: UTF8.self))
        }
    }

    /// `[{"colocated":false,"end":3,"original":"学","position":0,"start":0,"term":"学"},…]` and a newline.
    func json(_ tokens: [Token]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries(tokens))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A header and one line per token; terms and originals are padded by display width so that
    /// kanji line up, and control characters are shown escaped.
    func table(_ tokens: [Token]) -> String {
        let rows = entries(tokens).map { entry in
            (String(entry.position), "[\(entry.start),\(entry.end))", entry.colocated ? "+" : "",
             Self.visible(entry.term), Self.visible(entry.original))
        }
        let positionWidth = max(3, rows.map(\.0.count).max() ?? 0)
        let rangeWidth = max(5, rows.map(\.1.count).max() ?? 0)
        let termWidth = max(4, rows.map { DisplayWidth.of($0.3) }.max() ?? 0)
        // Columns: position, byte range, the colocated mark, term, original.
        let line = { (position: String, range: String, mark: String, term: String, original: String) in
            DisplayWidth.padLeft(position, toColumns: positionWidth) + "  "
                + DisplayWidth.pad(range, toColumns: rangeWidth) + "  " + mark + " "
                + DisplayWidth.pad(term, toColumns: termWidth) + "  " + original
        }
        var lines = [line("pos", "bytes", " ", "term", "original")]
        for row in rows {
            lines.append(line(row.0, row.1, row.2.isEmpty ? " " : row.2, row.3, row.4))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with C0 controls and DEL as `\u{…}`, so one token stays on one line.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
