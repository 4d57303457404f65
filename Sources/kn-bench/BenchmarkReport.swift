import Foundation
import KNAnalysis

/// Prints a benchmark run as a table for people or one JSON object for tracking over time.
struct BenchmarkReport: Encodable {
    let schema = 1
    let analyzerVersion = Analyzer.version
    let corpus: String
    let files: Int
    let items: Int
    let strings: Int
    let bytes: Int
    let repetitions: Int
    let results: [AnalyzerBenchmark.Result]
    /// Throughput of the document analyzer divided by that of Foundation's NFKC alone.
    let analyzerOverNFKC: Double

    init(corpus: BenchmarkCorpus, repetitions: Int, results: [AnalyzerBenchmark.Result]) {
        self.corpus = corpus.path
        files = corpus.files
        items = corpus.items
        strings = corpus.texts.count
        bytes = corpus.bytes
        self.repetitions = repetitions
        self.results = results
        let speed = { (name: String) in results.first { $0.name == name }?.megabytesPerSecond ?? .nan }
        analyzerOverNFKC = speed("analyzer-document") / speed(AnalyzerBenchmark.baseline)
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    var table: String {
        var lines = [
            "corpus \(corpus): \(files) files, \(items) items, \(strings) strings, "
                + String(format: "%.2f MB", Double(bytes) / 1e6),
            "best thread CPU time of \(repetitions) interleaved rounds after a warm-up, "
                + "analyzer version \(analyzerVersion)",
            "",
            "workload                   best (ms)      MB/s",
        ]
        for result in results {
            let name = result.name.padding(toLength: 24, withPad: " ", startingAt: 0)
            lines.append(name + String(format: "%12.1f %9.1f", result.seconds * 1000, result.megabytesPerSecond))
        }
        lines.append("")
        lines.append(String(format: "analyzer-document ÷ foundation-nfkc: %.2f×", analyzerOverNFKC))
        return lines.joined(separator: "\n")
    }
}
