import Foundation

/// `kn-bench [analyzer] [--json] [--repetitions N] [--workload NAME]... [CORPUS]`: analyzer
/// throughput against Foundation's NFKC on a corpus's item text (`scripts/bench-analyzer`).
enum AnalyzerBenchmarkCommand {
    static let usage = "usage: kn-bench [analyzer] [--json] [--repetitions N] [--workload NAME]... [CORPUS]"

    static func run(_ arguments: [String]) -> Int32 {
        var arguments = arguments[...]
        var json = false
        var repetitions = 5
        var corpusPath: String?
        var workloads: Set<String> = []
        while let argument = arguments.popFirst() {
            switch argument {
            case "--json": json = true
            case "--repetitions":
                guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else {
                    return fail("--repetitions needs a positive number")
                }
                repetitions = value
            case "--workload":
                guard let name = arguments.popFirst() else { return fail("--workload needs a name") }
                workloads.insert(name)
            case "-h", "--help":
                print("""
                    \(usage)
                           kn-bench query --db PATH --queries FILE [--repeat N] [--json]
                    default corpus: \(BenchmarkCorpus.defaultPath())
                    workloads: analyzer-document, analyzer-query, analyzer-normalization, foundation-nfkc
                    """)
                return 0
            default: corpusPath = argument
            }
        }
        do {
            let corpus = try BenchmarkCorpus.load(corpusPath ?? BenchmarkCorpus.defaultPath())
            guard corpus.bytes > 0 else { return fail("no item text in \(corpus.path)") }
            let results = AnalyzerBenchmark.run(
                corpus.texts, stopwatch: Stopwatch(repetitions: repetitions), only: workloads)
            let report = BenchmarkReport(corpus: corpus, repetitions: repetitions, results: results)
            print(json ? report.json : report.table)
            return 0
        } catch {
            return fail(error.description)
        }
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("kn-bench: \(message)\n".utf8))
        return 2
    }
}
