import KNAnalysis
import KNIndex

/// Compiles a `QueryNode` into an FTS5 MATCH expression plus SQL-side filters.
///
/// User text reaches FTS5 only inside double-quoted strings (with `"` doubled), which FTS5 hands
/// whole to the `kn` tokenizer; operators, column filters and `*` are written by this compiler
/// alone (<https://www.sqlite.org/fts5.html#full_text_query_syntax>). Words that analyze to no
/// token (punctuation, emoji) are dropped rather than sent as empty phrases.
public struct MatchExpressionCompiler: Sendable {
    /// The FTS5 expression (nil when no word survives analysis) and the filters to apply in SQL.
    public struct Compiled: Equatable, Sendable {
        public var match: String?
        public var filters: [QueryFilter]
    }

    let analyzer = Analyzer.standard

    public init() {}

    public func compile(_ node: QueryNode) throws -> Compiled {
        var filters: [QueryFilter] = []
        let top: [QueryNode]
        if case .all(let children) = node { top = children } else { top = [node] }
        var rest: [QueryNode] = []
        for child in top {
            if case .filter(let filter, _) = child { filters.append(filter) } else { rest.append(child) }
        }
        let match = try expression(.all(rest))
        return Compiled(match: match, filters: filters)
    }

    func expression(_ node: QueryNode) throws -> String? {
        switch node {
        case .word(let word, let field, let prefix, _):
            return term(word, field: field, prefix: prefix)
        case .phrase(let phrase, let field, _):
            return hasTokens(phrase) ? scoped(quoted(phrase), field) : nil
        case .all(let children):
            var positives: [String] = []
            var negatives: [String] = []
            for child in children {
                if case .not(let inner, _) = child {
                    if let compiled = try expression(inner) { negatives.append(compiled) }
                } else if let compiled = try expression(child) {
                    positives.append(compiled)
                }
            }
            if positives.isEmpty {
                if case .not(_, let column)? = children.first(where: { if case .not = $0 { true } else { false } }),
                    !negatives.isEmpty
                {
                    throw QueryError("a query needs a word to search for, not only words to exclude", column: column)
                }
                return nil
            }
            let base = positives.count == 1 ? positives[0] : "(" + positives.joined(separator: " AND ") + ")"
            return negatives.isEmpty ? base : "(" + base + " NOT (" + negatives.joined(separator: " OR ") + "))"
        case .any(let children):
            var branches: [String] = []
            for child in children {
                if case .not(_, let column) = child {
                    throw QueryError("an excluded word needs a word beside it, not OR", column: column)
                }
                if let compiled = try expression(child) { branches.append(compiled) }
            }
            if branches.isEmpty { return nil }
            return branches.count == 1 ? branches[0] : "(" + branches.joined(separator: " OR ") + ")"
        case .not(_, let column):
            throw QueryError("a query needs a word to search for, not only words to exclude", column: column)
        case .filter(_, let column):
            throw QueryError("issue:, date:, section: and topic: apply to the whole query, not inside OR or NOT",
                             column: column)
        }
    }

    /// One word: a phrase of its tokens; a hyphenated compound also as its joined form.
    func term(_ word: String, field: TextField?, prefix: Bool) -> String? {
        guard hasTokens(word) else { return nil }
        let star = prefix ? " *" : ""
        let parts = word.split(separator: "-")
        if !prefix, parts.count > 1, parts.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } }) {
            let joined = parts.joined()
            return scoped("(" + quoted(word) + " OR " + quoted(joined) + ")", field)
        }
        return scoped(quoted(word) + star, field)
    }

    func hasTokens(_ text: String) -> Bool {
        !analyzer.tokens(of: text, mode: .query).isEmpty
    }

    func quoted(_ text: String) -> String {
        FTS5String.quoted(text)
    }

    private func scoped(_ expression: String, _ field: TextField?) -> String {
        guard let field else { return expression }
        return "{" + field.rawValue + "} : " + expression
    }
}
