import Foundation

/// `kn-bench query --db PATH --queries FILE [--repeat N] [--json]`: the latency of each query
/// line, each repetition, after one warm-up pass; `--json` prints `{"milliseconds": [...]}`
/// (what `scripts/bench` reads), otherwise percentiles for people.
enum QueryBenchmarkCommand {
    static let usage = "usage: kn-bench query --db PATH --queries FILE [--repeat N] [--json]"

    static func run(_ arguments: [String]) -> Int32 {
        var arguments = arguments[...]
        var database: String?
        var queriesPath: String?
        var repetitions = 20
        var json = false
        while let argument = arguments.popFirst() {
            switch argument {
            case "--db": database = arguments.popFirst()
            case "--queries": queriesPath = arguments.popFirst()
            case "--repeat":
                guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else {
                    return fail("--repeat needs a positive number")
                }
                repetitions = value
            case "--json": json = true
            case "-h", "--help":
                print(usage)
                return 0
            default: return fail("unknown argument \(argument)\n\(usage)")
            }
        }
        guard let database, let queriesPath else { return fail(usage) }
        do {
            let queries = try QueryBenchmark.queries(inFile: queriesPath)
            guard !queries.isEmpty else { return fail("no queries in \(queriesPath)") }
            let benchmark = try QueryBenchmark(databasePath: database, queries: queries)
            let milliseconds = benchmark.run(repetitions: repetitions) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            print(json ? Self.json(milliseconds) : Self.table(milliseconds, queries: queries))
            return 0
        } catch {
            return fail(String(describing: error))
        }
    }

    static func json(_ milliseconds: [Double]) -> String {
        let object = ["milliseconds": milliseconds]
        let data = (try? JSONEncoder().encode(object)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// p50 and p95 of each query (the timings are pass by pass, in query order), then of all.
    static func table(_ milliseconds: [Double], queries: [String]) -> String {
        var lines = ["query                              p50 (ms)  p95 (ms)"]
        for (index, query) in queries.enumerated() {
            let own = stride(from: index, to: milliseconds.count, by: queries.count).map { milliseconds[$0] }
            let name = query.padding(toLength: 32, withPad: " ", startingAt: 0)
            lines.append(name + String(format: "%10.2f%10.2f", percentile(own, 50), percentile(own, 95)))
        }
        lines.append(String(
            format: "all %d searches: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", milliseconds.count,
            percentile(milliseconds, 50), percentile(milliseconds, 95), percentile(milliseconds, 99)))
        return lines.joined(separator: "\n")
    }

    /// The percentile as `scripts/bench` computes it (Python's `round` rounds halves to even).
    static func percentile(_ values: [Double], _ percent: Double) -> Double {
        let ordered = values.sorted()
        guard !ordered.isEmpty else { return .nan }
        let rank = Int((percent / 100 * Double(ordered.count - 1)).rounded(.toNearestOrEven))
        return ordered[min(ordered.count - 1, rank)]
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("kn-bench: \(message)\n".utf8))
        return 2
    }
}
