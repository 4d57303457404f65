import Foundation

// kn-bench, a development tool (not a product), has two modes:
//   kn-bench [--json] [--repetitions N] [--workload NAME]... [CORPUS]   analyzer throughput
//     against Foundation's NFKC (scripts/bench-analyzer builds it in release and runs it);
//   kn-bench query --db PATH --queries FILE [--repeat N] [--json]       in-process query
//     latency over an index (scripts/bench).

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--dump", arguments.count == 3 {
    let corpus = try BenchmarkCorpus.load(arguments[1])
    TokenDump.run(corpus.texts, to: arguments[2])
    exit(0)
}
if arguments.first == "query" {
    exit(QueryBenchmarkCommand.run(Array(arguments.dropFirst())))
}
exit(AnalyzerBenchmarkCommand.run(arguments))
