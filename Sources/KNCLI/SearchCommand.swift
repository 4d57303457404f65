import ArgumentParser
import Foundation
import KNIndex
import KNQuery

/// `kn-search`: find items in the index.
public struct SearchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kn-search",
        abstract: "Search the newsletter archive.",
        discussion: """
            Words are ANDed; "quoted phrases", OR, -word, (groups), word* and field:value work too.

            Examples:
              kn-search 自己教師あり学習
              kn-search "PyTorch Lightning" date:2021
              kn-search --json --limit 20 BirdCLEF
              kn-search --topic PyTorch --sort newest
              kn-search --topics
            """)

    @OptionGroup var index: IndexOptions

    @Flag(name: .long, help: "Print one JSON object per hit per line.")
    var json = false

    @Option(name: .long, help: "Show at most N hits.")
    var limit = 10

    @Option(name: .long, help: "Skip the first N hits.")
    var offset = 0

    @Option(name: .long, help: "relevance, newest or oldest.")
    var sort: String = "relevance"

    @Option(name: .long, help: "Only items tagged with this topic (e.g. PyTorch, 異常検知); the query may be omitted.")
    var topic: String?

    @Flag(name: .long, help: "List topics with their item counts per year instead of searching.")
    var topics = false

    @Flag(name: .long, help: "Show the parsed query, analyzed tokens, FTS5 expressions and per-field scores.")
    var explain = false

    @Argument(help: "The query.")
    var query: [String] = []

    public init() {}

    public mutating func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
        guard SearchRequest.Sort(rawValue: sort) != nil else {
            throw ValidationError("--sort must be one of relevance, newest, oldest")
        }
        guard !query.isEmpty || topic != nil || topics else {
            throw ValidationError("give a query, e.g. kn-search 自己教師あり学習, or --topic NAME, or --topics")
        }
    }

    public func run() throws {
        let location = index.location
        if !location.exists { try buildFirstIndex(at: location) }
        let database = try IndexDatabase.openForReading(location)
        let style = TerminalStyle.forStandardOutput()
        if topics {
            let counts = try TopicListing(database: database).counts()
            write(json ? TopicPrinter.jsonLines(counts) : TopicPrinter.text(counts, style: style))
            if counts.isEmpty { throw ExitCode(ExitStatus.nothingFound) }
            return
        }
        let request = SearchRequest(
            query: query.joined(separator: " "), limit: limit, offset: offset,
            sort: SearchRequest.Sort(rawValue: sort) ?? .relevance, topic: topic)
        let searcher = Searcher(database: database)
        let hits: [Hit]
        if explain {
            let explanation = try searcher.explain(request)
            write(explanation.lines.joined(separator: "\n") + "\n")
            hits = explanation.hits
        } else {
            hits = try searcher.search(request)
            write(HitPrinter(format: json ? .jsonLines : .text(style)).render(hits))
        }
        if hits.isEmpty { throw ExitCode(ExitStatus.nothingFound) }
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A newcomer's very first search works: build the index from the default sources, saying so.
    private func buildFirstIndex(at location: IndexLocation) throws {
        let sources = DefaultSources.resolve([], location: location)
        guard sources.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
            throw IndexError.missing(path: location.path)
        }
        Diagnostics.line("kn-search", "no index at \(location.path); building it from \(sources.joined(separator: ", ")) first")
        let summary = try IndexWriter(location: location, wait: 30) { Diagnostics.line("kn-search", $0) }
            .rebuild(sources: sources)
        Diagnostics.line("kn-search", summary.line)
    }
}
