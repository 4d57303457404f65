import Foundation

/// The `field:value` forms of the query language and their validation.
enum FieldSyntax {
    /// Every field name the language knows, for error messages.
    static let names = TextField.allCases.map(\.rawValue) + ["section", "topic", "issue", "date"]

    /// A word node, with `word*` read as a prefix search.
    static func word(_ word: String, field: TextField?, column: Int) -> QueryNode {
        var stem = Substring(word)
        while stem.count > 1, stem.last == "*" { stem = stem.dropLast() }
        if stem.count < word.count, stem != "*" {
            return .word(String(stem), field: field, prefix: true, column: column)
        }
        return .word(word, field: field, prefix: false, column: column)
    }

    /// The node for `field:value`; nil when `field` does not look like a field name at all
    /// (`https://…`, `C++:`), so the whole word is searched as text.
    static func node(field: String, value: String, quoted: Bool, column: Int) throws -> QueryNode? {
        let name = field.lowercased()
        guard name.allSatisfy({ $0.isASCII && $0.isLetter }), !["http", "https", "ftp", "mailto"].contains(name),
            !value.hasPrefix(":")
        else {
            return nil
        }
        if let textField = TextField(rawValue: name) {
            return quoted ? .phrase(value, field: textField, column: column) : word(value, field: textField, column: column)
        }
        switch name {
        case "section": return .filter(.section(value), column: column)
        case "topic": return .filter(.topic(value), column: column)
        case "issue": return .filter(.issue(try issueRange(value, column: column)), column: column)
        case "date":
            let (from, through) = try dateRange(value, column: column)
            return .filter(.date(from: from, through: through), column: column)
        default:
            throw QueryError(
                "unknown field '\(field):' (fields: \(names.joined(separator: ", ")); to search the text, quote it: \"\(field):\(value)\")",
                column: column)
        }
    }

    static func issueRange(_ value: String, column: Int) throws -> ClosedRange<Int> {
        let parts = value.components(separatedBy: "..")
        let numbers = parts.map { Int($0.trimmingPrefix("#")) }
        switch (parts.count, numbers.first ?? nil, numbers.last ?? nil) {
        case (1, let number?, _): return number...number
        case (2, let low?, let high?) where low <= high: return low...high
        default:
            throw QueryError("issue: expects a number or a range like 80..90, not '\(value)'", column: column)
        }
    }

    static func dateRange(_ value: String, column: Int) throws -> (String, String) {
        let parts = value.components(separatedBy: "..")
        guard parts.count <= 2, let first = parts.first, let last = parts.last,
            let from = bound(first, end: false), let through = bound(last, end: true), from <= through
        else {
            throw QueryError(
                "date: expects YYYY, YYYY-MM, YYYY-MM-DD or a range like 2021-07..2021-09, not '\(value)'",
                column: column)
        }
        return (from, through)
    }

    /// `2021` → `2021-01-01` or `2021-12-31`; `2021-07` → `2021-07-01` or `2021-07-31`.
    private static func bound(_ text: String, end: Bool) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.allSatisfy({ $0 != nil }), let year = parts.first ?? nil, (1000...9999).contains(year) else { return nil }
        let month = parts.count > 1 ? parts[1] : nil
        let day = parts.count > 2 ? parts[2] : nil
        guard parts.count <= 3, month.map({ (1...12).contains($0) }) ?? true, day.map({ (1...31).contains($0) }) ?? true
        else { return nil }
        let resolvedMonth = month ?? (end ? 12 : 1)
        let resolvedDay = day ?? (end ? 31 : 1)
        return String(format: "%04d-%02d-%02d", year, resolvedMonth, resolvedDay)
    }
}
