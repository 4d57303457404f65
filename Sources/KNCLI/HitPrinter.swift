import Foundation
import KNQuery

/// Prints hits for people (text) or programs (JSON lines, TSV, CSV, URLs), keeping searching apart
/// from printing.
struct HitPrinter {
    enum Format {
        case text(HitTextPrinter)
        case jsonLines
        case tsv
        case csv
        case urls
    }

    let format: Format

    func render(_ hits: [Hit]) -> String {
        switch format {
        case .text(let printer): printer.render(hits)
        case .jsonLines: hits.map(Self.jsonLine).joined()
        case .tsv: DelimitedHitPrinter.tsv(hits)
        case .csv: DelimitedHitPrinter.csv(hits)
        case .urls: hits.compactMap(\.url).filter { !$0.isEmpty }.map { StyledText.sanitized($0) + "\n" }.joined()
        }
    }

    /// One hit as one line of JSON; keys sorted and slashes unescaped, byte for byte as schema 1 has it.
    static func jsonLine(_ hit: Hit) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(hit)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
