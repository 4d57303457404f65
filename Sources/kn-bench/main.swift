import Foundation

// kn-bench, a development tool (not a product), has two modes:
//   kn-bench [analyzer] [--json] [--repetitions N] [--workload NAME]... [CORPUS]
//     analyzer throughput against Foundation's NFKC (scripts/bench-analyzer builds and runs it);
//   kn-bench query --db PATH --queries FILE [--repeat N] [--json]
//     in-process query latency over an index (scripts/bench).

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "query": exit(QueryBenchmarkCommand.run(Array(arguments.dropFirst())))
case "analyzer": exit(AnalyzerBenchmarkCommand.run(Array(arguments.dropFirst())))
default: exit(AnalyzerBenchmarkCommand.run(arguments))
}
