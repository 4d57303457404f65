import Foundation
import KNIngest

/// The item texts a benchmark runs over: every title, description and commentary of a corpus,
/// one string each, as the index tokenizes them (one FTS5 column at a time).
struct BenchmarkCorpus {
    let path: String
    let files: Int
    let items: Int
    let texts: [String]

    /// Total UTF-8 bytes of `texts`: what MB/s is measured against.
    var bytes: Int { texts.reduce(0) { $0 + $1.utf8.count } }

    /// `../shared/corpus/weekly-kaggle-news` (the real archive) when present, else `Corpus`.
    static func defaultPath() -> String {
        let shared = "../shared/corpus/weekly-kaggle-news"
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: shared, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? shared : "Corpus"
    }

    /// Reads every issue file under `path` with KNIngest, skipping files it cannot read.
    static func load(_ path: String) throws(IngestError) -> BenchmarkCorpus {
        let files = try SourceScanner.files(in: [URL(fileURLWithPath: path)]).files
        var texts: [String] = []
        var items = 0
        for file in files {
            guard let result = try? IssueReader.read(fileAt: file) else { continue }
            for item in result.issues.flatMap(\.items) {
                items += 1
                for var text in [item.title, item.description, item.commentary] where !text.isEmpty {
                    // Parsed strings may be Foundation-bridged; FTS5 hands the tokenizer
                    // contiguous UTF-8, so both workloads get native strings, converted once.
                    text.makeContiguousUTF8()
                    texts.append(text)
                }
            }
        }
        return BenchmarkCorpus(path: path, files: files.count, items: items, texts: texts)
    }
}
