import Foundation

/// Reads newsletter files into issues: checks the bytes, detects the format by content, parses.
public enum IssueReader {
    /// Reads one file, detects its format by content (not only extension), parses it.
    ///
    /// Throws `IngestError` when the file must be skipped: missing, not a regular file, unreadable, too large,
    /// empty, binary, or holding no newsletter items.
    public static func read(fileAt url: URL) throws(IngestError) -> IngestResult {
        let path = url.path
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError(path: path, reason: "no such file (or a broken symbolic link)")
        }
        guard !isDirectory.boolValue else { throw IngestError(path: path, reason: "is a directory") }
        // A FIFO or device would block or never end; only regular files are read.
        let resolved = url.resolvingSymlinksInPath().path
        let attributes = (try? manager.attributesOfItem(atPath: resolved)) ?? [:]
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            throw IngestError(path: path, reason: "not a regular file (\(FileKind.name(of: type)))")
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > InputDecoder.maximumSize {
            throw IngestError(path: path, reason: "file too large (\(size) bytes, limit \(InputDecoder.maximumSize))")
        }
        guard manager.isReadableFile(atPath: path) else {
            throw IngestError(path: path, reason: "unreadable: permission denied")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw IngestError(path: path, reason: "unreadable: \(error.localizedDescription)")
        }
        return try read(data: data, path: path)
    }

    /// Same, from bytes already read (for tests); `path` names the file in messages and provides date/number from the file name.
    public static func read(data: Data, path: String) throws(IngestError) -> IngestResult {
        var (text, warnings) = try InputDecoder.decode(data, path: path)
        let fileName = String(path.split(separator: "/").last ?? Substring(path))
        let stem = fileName.split(separator: ".", omittingEmptySubsequences: false).count > 1
            ? String(fileName[..<(fileName.lastIndex(of: ".") ?? fileName.endIndex)]) : fileName
        let pathExtension = fileName == stem ? "" : String(fileName[fileName.index(after: stem.endIndex)...])
        let format = NewsletterFormat.detect(text, pathExtension: pathExtension)
        var issues: [Issue]
        switch format {
        case .revue: issues = [RevueParser.parse(text)]
        case .markdown: issues = [MarkdownParser.parse(text)]
        case .html: issues = [HTMLPageParser.parse(text)]
        case .rss, .atom:
            do {
                let feed = try FeedParser.parse(text)
                issues = feed.issues
                warnings += feed.warnings.map { IngestError(path: path, reason: $0) }
            } catch {
                throw IngestError(path: path, reason: "malformed \(format.rawValue) feed: \(error.reason)")
            }
        }
        text = ""
        if issues.count == 1 { fillFromFileName(&issues[0], stem: stem) }
        // A newsletter links to things: text without a single link (notes, a licence) is not one.
        let isNewsletter = { (issue: Issue) in issue.items.contains { $0.url != nil } }
        let skipped = issues.filter { !isNewsletter($0) }.count
        issues.removeAll { !isNewsletter($0) }
        guard !issues.isEmpty else {
            throw IngestError(path: path, reason: "not a newsletter: no linked items found (read as \(format.rawValue))")
        }
        if skipped > 0 { warnings.append(IngestError(path: path, reason: "\(skipped) feed entries without links skipped")) }
        for issue in issues where issue.number == nil {
            warnings.append(IngestError(path: path, reason: "no issue number in \"\(issue.title.prefix(80))\" or the file name"))
        }
        return IngestResult(issues: issues, warnings: warnings)
    }

    /// A single-issue file's name supplies what its content lacks: `2021-07-23_Weekly Kaggle News #84.md`.
    private static func fillFromFileName(_ issue: inout Issue, stem: String) {
        let date = IssueMetadata.date(inFileName: stem)
        var rest = Substring(stem)
        if date != nil { rest = rest.dropFirst(10).drop(while: { $0 == "_" || $0 == " " || $0 == "-" }) }
        if issue.number == nil { issue.number = IssueMetadata.number(in: String(rest)) }
        if issue.date == nil { issue.date = date }
        if issue.title.isEmpty { issue.title = rest.isEmpty ? stem : String(rest) }
    }
}
