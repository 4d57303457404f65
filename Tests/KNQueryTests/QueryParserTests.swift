@testable import KNQuery
import Testing

// Node builders; columns are 1-based character columns of the query text.
private func word(_ text: String, _ column: Int, _ field: TextField? = nil, prefix: Bool = false) -> QueryNode {
    .word(text, field: field, prefix: prefix, column: column)
}

private func phrase(_ text: String, _ column: Int, _ field: TextField? = nil) -> QueryNode {
    .phrase(text, field: field, column: column)
}

private func not(_ node: QueryNode, _ column: Int) -> QueryNode {
    .not(node, column: column)
}

private func filter(_ filter: QueryFilter, _ column: Int) -> QueryNode {
    .filter(filter, column: column)
}

/// Parses `text` and compiles it, as `Searcher` does before touching the index: the first error
/// of either step, or nil.
private func queryError(_ text: String) -> QueryError? {
    do {
        _ = try MatchExpressionCompiler().compile(try QueryParser().parse(text))
        return nil
    } catch let error as QueryError {
        return error
    } catch {
        Issue.record("\(text): \(error) is not a QueryError")
        return nil
    }
}

@Suite("Query language: parse trees, leniency and errors")
struct QueryParserTests {
    @Test("Every construct of the query language", arguments: [
        // Words side by side are ANDed.
        ("foo", word("foo", 1)),
        ("foo bar", .all([word("foo", 1), word("bar", 5)])),
        ("深層学習 PyTorch", .all([word("深層学習", 1), word("PyTorch", 6)])),
        ("  spaced   out  ", .all([word("spaced", 3), word("out", 12)])),
        // Quoted phrases.
        ("\"feature engineering\"", phrase("feature engineering", 1)),
        ("a \"b c\" d", .all([word("a", 1), phrase("b c", 3), word("d", 9)])),
        ("\"\"", phrase("", 1)),
        // OR, binding looser than AND.
        ("xgboost OR lightgbm", .any([word("xgboost", 1), word("lightgbm", 12)])),
        ("a b OR c", .any([.all([word("a", 1), word("b", 3)]), word("c", 8)])),
        ("a OR b OR c", .any([word("a", 1), word("b", 6), word("c", 11)])),
        // Exclusion with - and NOT.
        ("kaggle -コンペ", .all([word("kaggle", 1), not(word("コンペ", 9), 8)])),
        ("kaggle NOT コンペ", .all([word("kaggle", 1), not(word("コンペ", 12), 8)])),
        ("a -\"b c\"", .all([word("a", 1), not(phrase("b c", 4), 3)])),
        ("a -(b OR c)", .all([word("a", 1), not(.any([word("b", 5), word("c", 10)]), 3)])),
        ("(a -b)", .all([word("a", 2), not(word("b", 5), 4)])),
        // Parentheses.
        ("(画像 OR 音声) 分類", .all([.any([word("画像", 2), word("音声", 8)]), word("分類", 12)])),
        ("((a))", word("a", 3)),
        ("a (b c)", .all([word("a", 1), .all([word("b", 4), word("c", 6)])])),
        // Prefixes.
        ("transform*", word("transform", 1, prefix: true)),
        ("transform**", word("transform", 1, prefix: true)),
        ("学*", word("学", 1, prefix: true)),
        // Text fields.
        ("title:bert", word("bert", 1, .title)),
        ("TITLE:bert", word("bert", 1, .title)),
        ("commentary:解説", word("解説", 1, .commentary)),
        ("description:dataset", word("dataset", 1, .description)),
        ("domain:github.com", word("github.com", 1, .domain)),
        ("title:trans*", word("trans", 1, .title, prefix: true)),
        ("title:\"deep learning\"", phrase("deep learning", 1, .title)),
        ("x commentary:\"熱力学 と\"", .all([word("x", 1), phrase("熱力学 と", 3, .commentary)])),
        // Filters.
        ("section:news", filter(.section("news"), 1)),
        ("section:\"Tips & Tricks\"", filter(.section("Tips & Tricks"), 1)),
        ("topic:pytorch", filter(.topic("pytorch"), 1)),
        ("issue:84", filter(.issue(84...84), 1)),
        ("issue:#84", filter(.issue(84...84), 1)),
        ("issue:80..90", filter(.issue(80...90), 1)),
        ("issue:80..80", filter(.issue(80...80), 1)),
        ("date:2021", filter(.date(from: "2021-01-01", through: "2021-12-31"), 1)),
        ("date:2021-07", filter(.date(from: "2021-07-01", through: "2021-07-31"), 1)),
        ("date:2021-07-23", filter(.date(from: "2021-07-23", through: "2021-07-23"), 1)),
        ("date:2021-07..2021-09", filter(.date(from: "2021-07-01", through: "2021-09-31"), 1)),
        ("date:2020..2021-03", filter(.date(from: "2020-01-01", through: "2021-03-31"), 1)),
        ("kaggle issue:84 date:2021", .all([
            word("kaggle", 1), filter(.issue(84...84), 8),
            filter(.date(from: "2021-01-01", through: "2021-12-31"), 17),
        ])),
    ] as [(String, QueryNode)])
    func constructs(_ query: String, _ expected: QueryNode) throws {
        #expect(try QueryParser().parse(query) == expected)
    }

    @Test("Pasted text always parses: stray quotes, brackets and FTS5 operators are text", arguments: [
        // An unclosed quote runs to the end.
        ("\"unclosed phrase", phrase("unclosed phrase", 1)),
        ("foo \"bar baz", .all([word("foo", 1), phrase("bar baz", 5)])),
        ("title:\"open", phrase("open", 1, .title)),
        // An unmatched ( closes at the end, a stray ) is ignored.
        ("(a b", .all([word("a", 2), word("b", 4)])),
        ("(a OR b", .any([word("a", 2), word("b", 7)])),
        ("a ) b", .all([word("a", 1), word("b", 5)])),
        (") a", word("a", 3)),
        ("(a)) b", .all([word("a", 2), word("b", 6)])),
        ("()", .all([])),
        ("", .all([])),
        ("   ", .all([])),
        // FTS5 syntax is plain text.
        ("a AND b", .all([word("a", 1), word("AND", 3), word("b", 7)])),
        ("NEAR(a b)", .all([word("NEAR", 1), .all([word("a", 6), word("b", 8)])])),
        ("^foo", word("^foo", 1)),
        ("*", word("*", 1)),
        ("**", word("**", 1)),
        ("a * b", .all([word("a", 1), word("*", 3), word("b", 5)])),
        (":", word(":", 1)),
        (":foo", word(":foo", 1)),
        ("title:", word("title:", 1)),
        ("https://x.y/z", word("https://x.y/z", 1)),
        ("see http://x.y/z?a=b", .all([word("see", 1), word("http://x.y/z?a=b", 5)])),
        ("C++:", word("C++:", 1)),
        ("a{b}c", word("a{b}c", 1)),
        // OR at the start or the end (or alone) is a word; so is a NOT with nothing after it.
        ("OR foo", .all([word("OR", 1), word("foo", 4)])),
        ("foo OR", .all([word("foo", 1), word("OR", 5)])),
        ("OR", word("OR", 1)),
        ("or", word("or", 1)),
        ("NOT", word("NOT", 1)),
        ("foo NOT", .all([word("foo", 1), word("NOT", 5)])),
        ("a not b", .all([word("a", 1), word("not", 3), word("b", 7)])),
        // A hyphen inside a word, or alone, is not an exclusion.
        ("pre-training", word("pre-training", 1)),
        ("a - b", .all([word("a", 1), word("-", 3), word("b", 5)])),
        ("a -", .all([word("a", 1), word("-", 3)])),
    ] as [(String, QueryNode)])
    func lenient(_ query: String, _ expected: QueryNode) throws {
        #expect(try QueryParser().parse(query) == expected)
    }

    @Test("Queries that cannot mean anything are errors naming their column", arguments: [
        ("deep foo:bar",
         "unknown field 'foo:' (fields: title, description, commentary, domain, section, topic, issue, date; to search the text, quote it: \"foo:bar\")", 6),
        ("Foo:\"x y\"",
         "unknown field 'Foo:' (fields: title, description, commentary, domain, section, topic, issue, date; to search the text, quote it: \"Foo:x y\")", 1),
        ("issue:abc", "issue: expects a number or a range like 80..90, not 'abc'", 1),
        ("a issue:90..80", "issue: expects a number or a range like 80..90, not '90..80'", 3),
        ("issue:80..", "issue: expects a number or a range like 80..90, not '80..'", 1),
        ("issue:1..2..3", "issue: expects a number or a range like 80..90, not '1..2..3'", 1),
        ("date:2021-13",
         "date: expects YYYY, YYYY-MM, YYYY-MM-DD or a range like 2021-07..2021-09, not '2021-13'", 1),
        ("date:abc", "date: expects YYYY, YYYY-MM, YYYY-MM-DD or a range like 2021-07..2021-09, not 'abc'", 1),
        ("date:2021-09..2021-07",
         "date: expects YYYY, YYYY-MM, YYYY-MM-DD or a range like 2021-07..2021-09, not '2021-09..2021-07'", 1),
        ("date:2021-07-32",
         "date: expects YYYY, YYYY-MM, YYYY-MM-DD or a range like 2021-07..2021-09, not '2021-07-32'", 1),
        ("-a -b", "a query needs a word to search for, not only words to exclude", 1),
        ("NOT a", "a query needs a word to search for, not only words to exclude", 1),
        ("!!! -a", "a query needs a word to search for, not only words to exclude", 5),
        ("a OR -b", "an excluded word needs a word beside it, not OR", 6),
        ("a OR NOT b", "an excluded word needs a word beside it, not OR", 6),
        ("(issue:1 OR x)", "issue:, date:, section: and topic: apply to the whole query, not inside OR or NOT", 2),
        ("x OR date:2021", "issue:, date:, section: and topic: apply to the whole query, not inside OR or NOT", 6),
        ("a -section:news", "issue:, date:, section: and topic: apply to the whole query, not inside OR or NOT", 4),
    ] as [(String, String, Int)])
    func errors(_ query: String, _ message: String, _ column: Int) {
        let error = queryError(query)
        #expect(error == QueryError(message, column: column), "\(query)")
    }

    @Test("An error reads as its message and column, as kn-search prints it")
    func errorDescription() {
        #expect(queryError("deep learning foo:bar")?.description
            == "unknown field 'foo:' (fields: title, description, commentary, domain, section, topic, issue, date; to search the text, quote it: \"foo:bar\") at column 15")
    }

    @Test("Columns count characters, not bytes")
    func columnsAreCharacters() {
        // ｸﾞ is one character (the half-width voiced mark extends it).
        #expect(queryError("学習 ｶｸﾞﾙ foo:bar")?.column == 8)
        #expect(queryError("🇯🇵 foo:bar")?.column == 3)
    }

    @Test("Filters side by side with words, or alone, are not errors")
    func filtersAreFine() {
        for query in ["issue:84", "kaggle issue:84", "issue:84 kaggle -コンペ", "date:2021 section:news topic:x"] {
            #expect(queryError(query) == nil, "\(query)")
        }
    }

    @Test("The rendering --explain prints")
    func explainRendering() throws {
        let node = try QueryParser().parse("a \"b c\" -d title:e* (f OR g)")
        #expect(node.description
            == "AND(word \"a\", phrase \"b c\", NOT(word \"d\"), title:word \"e\"*, OR(word \"f\", word \"g\"))")
    }
}
