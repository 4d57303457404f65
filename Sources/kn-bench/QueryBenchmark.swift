import Foundation
import KNIndex
import KNQuery

/// In-process query latency: `Searcher.search` of each query over an open index, as `kn-search`
/// runs it (limit 20) minus process start-up, for `scripts/bench`.
struct QueryBenchmark {
    /// Results per query, as `kn-search --limit 20` asks for.
    static let limit = 20

    let searcher: Searcher
    let queries: [String]

    /// Opens the index at `path` as `kn-search` does (versions checked, tokenizer registered).
    init(databasePath: String, queries: [String]) throws {
        searcher = Searcher(database: try IndexDatabase.openForReading(IndexLocation(path: databasePath)))
        self.queries = queries
    }

    /// Wall milliseconds of every search: one warm-up pass over the queries (page cache, SQLite
    /// statement and topic caches), then `repetitions` timed passes, pass by pass in query order.
    /// A query that fails is timed all the same and reported once through `report`.
    func run(repetitions: Int, report: (String) -> Void) -> [Double] {
        var failed: Set<String> = []
        for query in queries {
            if let problem = search(query) { failed.insert(query); report("kn-bench: \(query): \(problem)") }
        }
        var milliseconds: [Double] = []
        milliseconds.reserveCapacity(repetitions * queries.count)
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            for query in queries {
                let elapsed = clock.measure { _ = search(query) }
                milliseconds.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
            }
        }
        return milliseconds
    }

    /// Runs one search; the error's description when it fails.
    private func search(_ query: String) -> String? {
        do {
            _ = try searcher.search(SearchRequest(query: query, limit: Self.limit))
            return nil
        } catch {
            return String(describing: error)
        }
    }

    /// The lines of `path` that are not blank, trimmed: one query each.
    static func queries(inFile path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
