import Foundation
import KNAnalysis

/// The workloads compared over the same strings: the whole analyzer, its normalization stage
/// alone, and the baseline it must beat, Foundation's whole-string NFKC.
enum AnalyzerBenchmark {
    /// One measured workload.
    struct Result: Encodable {
        let name: String
        let seconds: Double
        let megabytesPerSecond: Double
        let checksum: Int
    }

    static let baseline = "foundation-nfkc"

    /// Runs every workload, or only those named in `only` (to profile one).
    static func run(_ texts: [String], stopwatch: Stopwatch, only: Set<String> = []) -> [Result] {
        let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
        let workloads: [(String, () -> Int)] = [
            ("analyzer-document", { analyze(texts, mode: .document) }),
            ("analyzer-query", { analyze(texts, mode: .query) }),
            ("analyzer-normalization", { normalize(texts) }),
            (baseline, { texts.reduce(0) { $0 + $1.precomposedStringWithCompatibilityMapping.utf8.count } }),
        ]
        let selected = workloads.filter { only.isEmpty || only.contains($0.0) }
        let timings = stopwatch.best(selected.map(\.1))
        return zip(selected, timings).map { workload, timing in
            Result(
                name: workload.0, seconds: timing.seconds, megabytesPerSecond: bytes / 1e6 / timing.seconds,
                checksum: timing.checksum)
        }
    }

    /// Tokens emitted, as FTS5 receives them (`AnalyzerTokenizer`: terms borrowed as bytes).
    static func analyze(_ texts: [String], mode: AnalysisMode) -> Int {
        var count = 0
        for var text in texts {
            text.withUTF8 { bytes in
                Analyzer.standard.analyzeBorrowingTerms(bytes, mode: mode) { token in
                    // Reads the term as SQLite would, so no work can be skipped.
                    if token.term.first != 0 { count += 1 }
                }
            }
        }
        return count
    }

    /// Normalized characters produced, before tokenization.
    static func normalize(_ texts: [String]) -> Int {
        var count = 0
        for var text in texts {
            text.withUTF8 { count += Analyzer.standard.normalizedCharacters($0).count }
        }
        return count
    }
}
