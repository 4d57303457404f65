import ArgumentParser
import Foundation
import KNAnalysis

/// `kn-index tokenize`: what the analyzer makes of a text, as indexed or as queried (Groonga's
/// `tokenize`), to see why a search matches or does not.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Show the tokens the analyzer makes of TEXT.",
        discussion: """
            One line per token: its position (a phrase matches tokens at consecutive positions), \
            the byte range of TEXT's UTF-8 it covers, + when it is colocated (an alternative at \
            the position of the token before it), the term as indexed, and the original text it \
            stands for. Several TEXT arguments are joined with single spaces.

            Examples:
              kn-index tokenize 'サーバーの設定'
              kn-index tokenize --query 自己教師あり学習
              kn-index tokenize --json "Kaggle's pre-training" | jq -r '.[].term'
            """)

    @Flag(name: .long, help: "Analyze TEXT as a query (a chain of bigrams) instead of as a document.")
    var query = false

    @Flag(name: .long, help: "Print one JSON array of tokens instead of a table.")
    var json = false

    @Argument(help: "The text to analyze.")
    var text: [String]

    func run() throws {
        let input = text.joined(separator: " ")
        let tokens = Analyzer.standard.tokens(of: input, mode: query ? .query : .document)
        let printer = TokenPrinter(text: input)
        FileHandle.standardOutput.write(Data((json ? printer.json(tokens) : printer.table(tokens)).utf8))
    }
}
