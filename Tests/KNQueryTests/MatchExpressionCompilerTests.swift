@testable import KNQuery
import Testing

/// The FTS5 MATCH expression of `query` (nil when no word survives analysis).
private func match(_ query: String) throws -> String? {
    try MatchExpressionCompiler().compile(try QueryParser().parse(query)).match
}

@Suite("FTS5 expressions compiled from queries")
struct MatchExpressionCompilerTests {
    @Test("Query text to MATCH expression", arguments: [
        // Every user word is a double-quoted FTS5 string.
        ("foo", "\"foo\""),
        ("foo bar", "(\"foo\" AND \"bar\")"),
        ("学習 PyTorch", "(\"学習\" AND \"PyTorch\")"),
        ("\"deep learning\"", "\"deep learning\""),
        ("a OR b", "(\"a\" OR \"b\")"),
        ("a b OR c", "((\"a\" AND \"b\") OR \"c\")"),
        ("(a OR b) c", "((\"a\" OR \"b\") AND \"c\")"),
        // Column filters.
        ("title:bert", "{title} : \"bert\""),
        ("description:data", "{description} : \"data\""),
        ("commentary:解説", "{commentary} : \"解説\""),
        ("domain:github.com", "{domain} : \"github.com\""),
        ("title:\"deep learning\"", "{title} : \"deep learning\""),
        ("x title:y", "(\"x\" AND {title} : \"y\")"),
        // Prefixes: the star follows the quoted string.
        ("transform*", "\"transform\" *"),
        ("title:trans*", "{title} : \"trans\" *"),
        ("学*", "\"学\" *"),
        // Hyphenated compounds also match their joined spelling.
        ("pre-training", "(\"pre-training\" OR \"pretraining\")"),
        ("title:pre-training", "{title} : (\"pre-training\" OR \"pretraining\")"),
        ("state-of-the-art", "(\"state-of-the-art\" OR \"stateoftheart\")"),
        ("pre-training*", "\"pre-training\" *"),
        ("c-3po", "(\"c-3po\" OR \"c3po\")"),
        ("-x- y", "(\"y\" NOT (\"x-\"))"),
        // Exclusions come after every positive term, whatever order they were typed in.
        ("a -b", "(\"a\" NOT (\"b\"))"),
        ("-b a", "(\"a\" NOT (\"b\"))"),
        ("a -b -c", "(\"a\" NOT (\"b\" OR \"c\"))"),
        ("a b -c", "((\"a\" AND \"b\") NOT (\"c\"))"),
        ("a NOT b", "(\"a\" NOT (\"b\"))"),
        ("a -(b OR c)", "(\"a\" NOT ((\"b\" OR \"c\")))"),
        ("a (b -c)", "(\"a\" AND (\"b\" NOT (\"c\")))"),
        ("a OR (b -c)", "(\"a\" OR (\"b\" NOT (\"c\")))"),
        ("a -\"b c\"", "(\"a\" NOT (\"b c\"))"),
        // FTS5 operators typed by the user stay inside quotes.
        ("a AND b", "(\"a\" AND \"AND\" AND \"b\")"),
        ("NEAR(a b)", "(\"NEAR\" AND (\"a\" AND \"b\"))"),
        ("^foo", "\"^foo\""),
        ("https://x.y/z", "\"https://x.y/z\""),
        ("{title}:x", "\"{title}:x\""),
    ] as [(String, String)])
    func compiled(_ query: String, _ expected: String) throws {
        #expect(try match(query) == expected)
    }

    @Test("Words with no tokens are dropped, not sent as empty phrases", arguments: [
        ("foo !!! bar", "(\"foo\" AND \"bar\")"),
        ("foo OR ???", "\"foo\""),
        ("🎉 foo", "\"foo\""),
        ("a -!!!", "\"a\""),
        ("a -\"...\"", "\"a\""),
        ("a (… ・)", "\"a\""),
        ("*", nil),
        (":", nil),
        ("!!!", nil),
        ("\"...\"", nil),
        ("title:\"\"", nil),
        ("()", nil),
        ("", nil),
    ] as [(String, String?)])
    func dropped(_ query: String, _ expected: String?) throws {
        #expect(try match(query) == expected)
    }

    @Test("Double quotes inside user text are doubled")
    func quotesDoubled() throws {
        let compiler = MatchExpressionCompiler()
        #expect(try compiler.compile(.word("say\"hi", field: nil, prefix: false, column: 1)).match == "\"say\"\"hi\"")
        #expect(try compiler.compile(.phrase("a \"b\" c", field: .title, column: 1)).match == "{title} : \"a \"\"b\"\" c\"")
        #expect(try compiler.compile(.word("x\"", field: nil, prefix: true, column: 1)).match == "\"x\"\"\" *")
        #expect(compiler.quoted("\"\"") == "\"\"\"\"\"\"")
    }

    @Test("Top-level filters go to SQL, in order, and leave the words' expression")
    func filtersSeparated() throws {
        let compiled = try MatchExpressionCompiler().compile(
            try QueryParser().parse("kaggle issue:80..90 date:2021-07 section:news topic:pytorch"))
        #expect(compiled.match == "\"kaggle\"")
        #expect(compiled.filters == [
            .issue(80...90), .date(from: "2021-07-01", through: "2021-07-31"), .section("news"), .topic("pytorch"),
        ])
        let filtersOnly = try MatchExpressionCompiler().compile(try QueryParser().parse("issue:84"))
        #expect(filtersOnly.match == nil)
        #expect(filtersOnly.filters == [.issue(84...84)])
    }

    @Test("Nodes built directly: a lone NOT or a nested filter is an error")
    func directNodes() {
        let compiler = MatchExpressionCompiler()
        #expect(throws: QueryError("a query needs a word to search for, not only words to exclude", column: 4)) {
            try compiler.compile(.not(.word("x", field: nil, prefix: false, column: 5), column: 4))
        }
        #expect(throws: QueryError(
            "issue:, date:, section: and topic: apply to the whole query, not inside OR or NOT", column: 7)) {
            try compiler.compile(.any([.word("x", field: nil, prefix: false, column: 1), .filter(.issue(1...1), column: 7)]))
        }
    }
}
