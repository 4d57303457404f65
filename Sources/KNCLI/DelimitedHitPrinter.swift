import KNQuery

/// Prints hits as tab- or comma-separated values, one hit per line, for `cut`, `awk` and spreadsheets.
///
/// Columns, always in this order (documented in `docs/json-schema.md`):
/// `rank issue date section title url snippet`; an unknown value is an empty field.
enum DelimitedHitPrinter {
    static let columns = ["rank", "issue", "date", "section", "title", "url", "snippet"]

    /// TSV without a header: tabs, newlines and other control characters in a field become spaces,
    /// so a line is always one hit and a tab always a column boundary.
    static func tsv(_ hits: [Hit]) -> String {
        hits.map { fields($0).map(StyledText.sanitized).joined(separator: "\t") + "\n" }.joined()
    }

    /// RFC 4180 CSV: a header record, CRLF line breaks, and fields holding `"`, `,`, CR or LF quoted
    /// with their quotes doubled. Newlines inside a field are kept (quoted), as RFC 4180 allows.
    static func csv(_ hits: [Hit]) -> String {
        ([columns] + hits.map(fields)).map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    static func fields(_ hit: Hit) -> [String] {
        [String(hit.rank), hit.issue.map(String.init) ?? "", hit.date ?? "", hit.section, hit.title, hit.url ?? "", hit.snippet]
    }

    static func csvField(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
