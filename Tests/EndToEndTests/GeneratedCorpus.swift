import Foundation

/// Many unique issue files made from `Corpus/` and the archive fixtures: copy `c` of template
/// `t` is issue number `1000 + 10 c + t`, with that number in its file name and title line.
enum GeneratedCorpus {
    static let templates: [URL] = {
        let root = CLIProcess.packageRoot
        let folders = ["Corpus", "Tests/EndToEndTests/Fixtures/archive"].map { root.appendingPathComponent($0) }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "md" }
        }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    static func number(copy: Int, template: Int) -> Int { 1000 + 10 * copy + template }

    /// Writes every template for each of `copies` into `folder`; returns the files written.
    @discardableResult
    static func write(copies: Range<Int>, into folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written: [URL] = []
        for copy in copies {
            for (index, template) in templates.enumerated() {
                written.append(try write(copy: copy, template: index, of: template, into: folder))
            }
        }
        return written
    }

    /// The file of one copy, whether or not it exists yet.
    static func url(copy: Int, template: Int, in folder: URL) -> URL {
        let name = templates[template].lastPathComponent
        let date = name.prefix(10)
        return folder.appendingPathComponent("\(date)_Weekly Kaggle News #\(number(copy: copy, template: template)).md")
    }

    private static func write(copy: Int, template index: Int, of template: URL, into folder: URL) throws -> URL {
        let text = try String(contentsOf: template, encoding: .utf8)
        let body = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
        let number = number(copy: copy, template: index)
        let url = url(copy: copy, template: index, in: folder)
        try Data("# Weekly Kaggle News #\(number)\n\(body)".utf8).write(to: url)
        return url
    }
}

/// The issue numbers a search answered with: every hit's issue and the issues in its `also_in`,
/// which tells apart indexes of different files even when duplicate links are merged.
func answeredIssues(_ output: CLIProcess.Output) -> Set<Int> {
    var issues = Set<Int>()
    for hit in output.jsonLines {
        if let issue = hit["issue"] as? Int { issues.insert(issue) }
        issues.formUnion(hit["also_in"] as? [Int] ?? [])
    }
    return issues
}
