/// Parses a Revue export: line 1 `# <title>`, line 2 the issue's web address, then the issue body as HTML.
enum RevueParser {
    /// True when `text` has the export's shape: a `# ` title line, an optional URL line, then markup.
    static func matches(_ text: String) -> Bool {
        guard let lines = headerLines(text) else { return false }
        return lines.body.drop(while: { $0.isWhitespace }).first == "<"
    }

    /// The issue in `text`; the number comes from the title (`#84`), date and fallbacks are left to the caller.
    static func parse(_ text: String) -> Issue {
        guard let lines = headerLines(text) else {
            return Issue(number: nil, title: "", url: nil, date: nil, items: RevueSegmenter.segment(text))
        }
        let title = TextBuffer.collapse(HTMLEntityDecoder.decodeTwice(String(lines.title)))
        return Issue(
            number: IssueMetadata.number(in: title), title: title,
            url: lines.url.flatMap { CanonicalURL.canonicalize(String($0)) }, date: nil,
            items: RevueSegmenter.segment(String(lines.body)))
    }

    /// Splits the title line, the URL line when there is one, and the body.
    private static func headerLines(_ text: String) -> (title: Substring, url: Substring?, body: Substring)? {
        let (first, afterFirst) = splitLine(Substring(text))
        guard first.hasPrefix("# ") else { return nil }
        let title = first.dropFirst(2)
        let (second, afterSecond) = splitLine(afterFirst)
        let candidate = second.trimmingWhitespace()
        let isURL = (candidate.hasPrefix("http://") || candidate.hasPrefix("https://"))
            && !candidate.contains(where: \.isWhitespace)
        return isURL ? (title, candidate, afterSecond) : (title, nil, afterFirst)
    }

    /// The line at the start of `text` (without its `\n` or `\r\n`) and the rest after it.
    ///
    /// Searches the UTF-8 view: a file that is one 10 MB line must not be walked character by character.
    private static func splitLine(_ text: Substring) -> (line: Substring, rest: Substring) {
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return (text, text[text.endIndex...]) }
        var line = text[..<newline]
        if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return (line, text[text.utf8.index(after: newline)...])
    }
}

extension Substring {
    /// The substring without leading and trailing whitespace.
    func trimmingWhitespace() -> Substring {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
