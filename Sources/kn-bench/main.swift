import Foundation

// kn-bench [--json] [--repetitions N] [--workload NAME]... [CORPUS]: analyzer throughput against
// Foundation's NFKC. Run through scripts/bench-analyzer, which builds it in release first.

var arguments = Array(CommandLine.arguments.dropFirst())
var json = false
var repetitions = 5
var corpusPath: String?
var workloads: Set<String> = []
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--json": json = true
    case "--dump":
        let corpus = try BenchmarkCorpus.load(arguments.removeFirst())
        TokenDump.run(corpus.texts, to: arguments.removeFirst())
        exit(0)
    case "--repetitions":
        guard let value = arguments.first.flatMap(Int.init), value > 0 else {
            FileHandle.standardError.write(Data("kn-bench: --repetitions needs a positive number\n".utf8))
            exit(2)
        }
        arguments.removeFirst()
        repetitions = value
    case "--workload":
        guard let name = arguments.first else {
            FileHandle.standardError.write(Data("kn-bench: --workload needs a name\n".utf8))
            exit(2)
        }
        arguments.removeFirst()
        workloads.insert(name)
    case "-h", "--help":
        print("""
            usage: kn-bench [--json] [--repetitions N] [--workload NAME]... [CORPUS]
            default corpus: \(BenchmarkCorpus.defaultPath())
            workloads: analyzer-document, analyzer-query, analyzer-normalization, foundation-nfkc
            """)
        exit(0)
    default: corpusPath = argument
    }
}

do {
    let corpus = try BenchmarkCorpus.load(corpusPath ?? BenchmarkCorpus.defaultPath())
    guard corpus.bytes > 0 else {
        FileHandle.standardError.write(Data("kn-bench: no item text in \(corpus.path)\n".utf8))
        exit(2)
    }
    let results = AnalyzerBenchmark.run(corpus.texts, stopwatch: Stopwatch(repetitions: repetitions), only: workloads)
    let report = BenchmarkReport(corpus: corpus, repetitions: repetitions, results: results)
    print(json ? report.json : report.table)
} catch {
    FileHandle.standardError.write(Data("kn-bench: \(error.description)\n".utf8))
    exit(2)
}
