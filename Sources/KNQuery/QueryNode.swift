/// The parsed form of a user query, before it meets FTS5 syntax.
public indirect enum QueryNode: Equatable, Sendable {
    /// A word, optionally restricted to one text field, optionally a prefix (`word*`).
    case word(String, field: TextField?, prefix: Bool, column: Int)
    /// A quoted phrase matched as one contiguous run of tokens.
    case phrase(String, field: TextField?, column: Int)
    /// Every child must match.
    case all([QueryNode])
    /// Any child may match.
    case any([QueryNode])
    /// The child must not match; only meaningful beside positive terms.
    case not(QueryNode, column: Int)
    /// A structured restriction on issue, date, section or topic.
    case filter(QueryFilter, column: Int)
}

/// The text fields a word can be restricted to, named as in the query language.
public enum TextField: String, CaseIterable, Sendable {
    case title, description, commentary, domain
}

/// Restrictions that are not full-text matches.
public enum QueryFilter: Equatable, Sendable {
    /// Issue numbers, inclusive.
    case issue(ClosedRange<Int>)
    /// Dates as `YYYY-MM-DD` strings, inclusive (a year or month is widened to its days).
    case date(from: String, through: String)
    /// A section name, matched case-insensitively on the normalised name.
    case section(String)
    /// Items tagged with a topic (or, for an unknown topic, matching its name as text).
    case topic(String)
}

extension QueryNode: CustomStringConvertible {
    /// A compact rendering for `--explain`: `AND(word "a", phrase "b c", NOT(word "d"))`.
    public var description: String {
        switch self {
        case .word(let text, let field, let prefix, _):
            return (field.map { "\($0.rawValue):" } ?? "") + "word \"\(text)\"" + (prefix ? "*" : "")
        case .phrase(let text, let field, _):
            return (field.map { "\($0.rawValue):" } ?? "") + "phrase \"\(text)\""
        case .all(let children):
            return "AND(" + children.map(\.description).joined(separator: ", ") + ")"
        case .any(let children):
            return "OR(" + children.map(\.description).joined(separator: ", ") + ")"
        case .not(let inner, _):
            return "NOT(\(inner))"
        case .filter(let filter, _):
            return "filter \(filter)"
        }
    }
}
