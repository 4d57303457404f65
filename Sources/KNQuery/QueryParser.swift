/// Parses the kn query language into a `QueryNode`:
///
///     query   := or
///     or      := and ("OR" and)*
///     and     := unary+                       words side by side are ANDed
///     unary   := ("-" | "NOT") primary | primary
///     primary := "(" or ")" | FIELD ":" (word | "phrase") | "phrase" | word ["*"]
///
/// FTS5 operators a user types (`AND`, `NEAR(`, `^`, `:` in text, a lone `*`) stay plain text; an
/// unmatched `(` closes at the end and an unmatched `)` is ignored, so pasted text always runs.
/// What cannot mean anything (an unknown `field:`, `issue:abc`, only negative terms) is an error
/// naming its column, and so are groups nested deeper than `maximumDepth`: the parser and the
/// compiler recurse once per level, and FTS5's own parser stack overflows beyond ~32 levels.
public struct QueryParser: Sendable {
    /// The deepest nesting of parentheses a query may use.
    public static let maximumDepth = 16

    public init() {}

    public func parse(_ text: String) throws -> QueryNode {
        var state = State(lexemes: QueryLexer().lex(text))
        let node = try state.parseOr()
        return node
    }

    struct State {
        let lexemes: [QueryLexer.Located]
        var index = 0
        var depth = 0

        init(lexemes: [QueryLexer.Located]) {
            self.lexemes = lexemes
        }

        var current: QueryLexer.Located? { index < lexemes.count ? lexemes[index] : nil }

        func isOperator(_ name: String) -> Bool {
            guard let current, case .word(name) = current.lexeme else { return false }
            return true
        }

        mutating func parseOr() throws -> QueryNode {
            var branches = [try parseAnd()]
            while isOperator("OR"), index + 1 < lexemes.count {
                index += 1
                branches.append(try parseAnd())
            }
            return branches.count == 1 ? branches[0] : .any(branches)
        }

        mutating func parseAnd() throws -> QueryNode {
            var children: [QueryNode] = []
            while let current {
                if case .close = current.lexeme {
                    if depth > 0 { break }
                    index += 1
                    continue
                }
                if isOperator("OR"), !children.isEmpty, index + 1 < lexemes.count { break }
                children.append(try parseUnary())
            }
            return children.count == 1 ? children[0] : .all(children)
        }

        mutating func parseUnary() throws -> QueryNode {
            guard let current else { return .all([]) }
            let negates: Bool
            switch current.lexeme {
            case .minus: negates = true
            case .word("NOT"): negates = index + 1 < lexemes.count
            default: negates = false
            }
            guard negates else { return try parsePrimary() }
            index += 1
            // A `-` or NOT right before `)` or the end negates nothing; the `)` still closes.
            if self.current.map({ $0.lexeme == .close }) ?? true { return .all([]) }
            return .not(try parsePrimary(), column: current.column)
        }

        mutating func parsePrimary() throws -> QueryNode {
            guard let current else { return .all([]) }
            index += 1
            switch current.lexeme {
            case .open:
                guard depth < QueryParser.maximumDepth else {
                    throw QueryError("parentheses nested deeper than \(QueryParser.maximumDepth) levels", column: current.column)
                }
                depth += 1
                let inner = try parseOr()
                depth -= 1
                if let closing = self.current, case .close = closing.lexeme { index += 1 }
                return inner
            case .close, .minus:
                return .all([])
            case .quoted(let phrase):
                return .phrase(phrase, field: nil, column: current.column)
            case .fieldQuote(let name, let phrase):
                return try FieldSyntax.node(field: name, value: phrase, quoted: true, column: current.column)
                    ?? .phrase(name + ": " + phrase, field: nil, column: current.column)
            case .word(let word):
                if let colon = word.firstIndex(of: ":"), colon != word.startIndex, word.index(after: colon) != word.endIndex,
                    let node = try FieldSyntax.node(
                        field: String(word[..<colon]), value: String(word[word.index(after: colon)...]),
                        quoted: false, column: current.column)
                {
                    return node
                }
                return FieldSyntax.word(word, field: nil, column: current.column)
            }
        }
    }
}
