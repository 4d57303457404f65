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
            Words are ANDed; "quoted phrases", OR, -word, (groups), word* and
            field:value work too (title:, commentary:, issue:80..90, date:2021, …).

            Examples:
              kn-search 自己教師あり学習
              kn-search "PyTorch Lightning" date:2021
              kn-search --group issue 'title:コンペ OR commentary:解法' --limit 20
              kn-search --format urls --topic 異常検知 --sort newest
              kn-search --json --limit 20 BirdCLEF | jq -r .title
              kn-search --topics

            Text follows $COLUMNS, else the terminal's width, else 80. It is coloured
            only on a terminal without NO_COLOR; long output goes through $PAGER
            (else less -R) unless --no-pager. For scripts: --format tsv|csv|urls|json
            (columns and fields in docs/json-schema.md).
            Exit status: 0 found, 1 nothing found, 2 error.
            """)

    @OptionGroup var index: IndexOptions

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

    @OptionGroup(title: "Output") var output: OutputOptions

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
        if topics && ![.text, .json].contains(output.resolvedFormat) {
            throw ValidationError("--topics prints text or json, not --format \(output.resolvedFormat.rawValue)")
        }
    }

    public func run() throws {
        let location = index.location
        if !location.exists { try buildFirstIndex(at: location) }
        let database = try IndexDatabase.openForReading(location)
        let style = TerminalStyle.forStandardOutput()
        let size = TerminalSize.forStandardOutput()
        if topics {
            let counts = try TopicListing(database: database).counts()
            let text = output.resolvedFormat == .json
                ? TopicPrinter.jsonLines(counts) : TopicPrinter.text(counts, style: style, columns: size.columns)
            output.emit(text, size: size)
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
            output.emit(explanation.lines.joined(separator: "\n") + "\n", size: size)
            hits = explanation.hits
        } else {
            hits = try searcher.search(request)
            output.emit(printer(style: style, size: size).render(hits), size: size)
        }
        if hits.isEmpty { throw ExitCode(ExitStatus.nothingFound) }
    }

    private func printer(style: TerminalStyle, size: TerminalSize) -> HitPrinter {
        switch output.resolvedFormat {
        case .text:
            HitPrinter(
                format: .text(HitTextPrinter(style: style, columns: size.columns, groupByIssue: output.group == .issue)))
        case .json: HitPrinter(format: .jsonLines)
        case .tsv: HitPrinter(format: .tsv)
        case .csv: HitPrinter(format: .csv)
        case .urls: HitPrinter(format: .urls)
        }
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
