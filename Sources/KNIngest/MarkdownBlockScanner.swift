/// Splits Markdown into blocks line by line: headings, list items, paragraphs, link reference definitions.
///
/// A pragmatic subset of CommonMark (https://spec.commonmark.org): ATX and setext headings, `-`/`*`/`+`/`1.`
/// list items with indented or lazy continuation lines, block quotes read as paragraphs, fenced code
/// skipped, thematic breaks as boundaries. Every line is looked at once.
struct MarkdownBlockScanner {
    /// One block of the document.
    enum Block: Equatable {
        case heading(level: Int, text: String)
        case listItem(String)
        case paragraph(String)
    }

    private(set) var blocks: [Block] = []
    /// `[label]: url` definitions, label lower-cased.
    private(set) var references: [String: String] = [:]
    private var open: (isListItem: Bool, lines: [Substring])?
    private var fence: Substring?
    private var blankBefore = false

    /// Scans a whole body.
    static func scan(_ body: Substring) -> MarkdownBlockScanner {
        var scanner = MarkdownBlockScanner()
        var rest = body
        while !rest.isEmpty {
            let newline = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            var line = rest[..<newline]
            if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
            scanner.add(line)
            rest = newline == rest.endIndex ? rest[rest.endIndex...] : rest[rest.utf8.index(after: newline)...]
        }
        scanner.close()
        return scanner
    }

    private mutating func add(_ line: Substring) {
        let trimmed = line.trimmingWhitespace()
        if let marker = fence {
            if trimmed.hasPrefix(marker) { fence = nil }
            return
        }
        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
            close()
            fence = trimmed.prefix(3)
            return
        }
        if trimmed.isEmpty {
            blankBefore = true
            if open?.isListItem == false { close() }
            return
        }
        defer { blankBefore = false }
        let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
        if let level = Self.setextLevel(trimmed), open?.isListItem == false, !blankBefore {
            let text = open?.lines.joined(separator: " ") ?? ""
            open = nil
            blocks.append(.heading(level: level, text: String(text)))
            return
        }
        if Self.isThematicBreak(trimmed) {
            close()
            return
        }
        if let heading = Self.atxHeading(trimmed) {
            close()
            blocks.append(heading)
            return
        }
        if indent < 4, let (label, url) = Self.referenceDefinition(trimmed) {
            references[label] = references[label] ?? url
            return
        }
        if let item = Self.listItemContent(trimmed) {
            close()
            open = (true, [item])
            return
        }
        let content = Self.strippingQuoteMarkers(trimmed)
        // After a blank line, only an indented line continues a list item; otherwise a new paragraph starts.
        if open?.isListItem == true, blankBefore, indent < 2 { close() }
        if open == nil { open = (false, []) }
        open?.lines.append(content)
    }

    private mutating func close() {
        guard let block = open else { return }
        open = nil
        let text = String(block.lines.joined(separator: "\n"))
        blocks.append(block.isListItem ? .listItem(text) : .paragraph(text))
    }

    private static func atxHeading(_ line: Substring) -> Block? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingWhitespace()
        // A closing sequence of `#` is not part of the heading (`## News ##`).
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = text.dropLast(closing).trimmingWhitespace()
        }
        return .heading(level: hashes, text: String(text))
    }

    private static func setextLevel(_ line: Substring) -> Int? {
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.allSatisfy({ $0 == "-" }), line.count >= 2 { return 2 }
        return nil
    }

    private static func isThematicBreak(_ line: Substring) -> Bool {
        guard let mark = line.first, "-*_".contains(mark), line.allSatisfy({ $0 == mark || $0 == " " }) else {
            return false
        }
        return line.lazy.filter { $0 == mark }.count >= 3
    }

    /// The content of a list item line (`- x`, `* x`, `+ x`, `1. x`, `1) x`), or nil.
    private static func listItemContent(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2).trimmingWhitespace()
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2).trimmingWhitespace()
    }

    private static func referenceDefinition(_ line: Substring) -> (String, String)? {
        guard line.first == "[", let close = line.firstIndex(of: "]"),
            line[line.index(after: close)...].first == ":"
        else { return nil }
        let label = line[line.index(after: line.startIndex)..<close].lowercased()
        let rest = line[line.index(close, offsetBy: 2)...].trimmingWhitespace()
        let url = rest.prefix(while: { !$0.isWhitespace }).trimmingCharacters(in: "<>")
        guard !label.isEmpty, !url.isEmpty else { return nil }
        return (TextBuffer.collapse(label), String(url))
    }

    private static func strippingQuoteMarkers(_ line: Substring) -> Substring {
        var rest = line
        while rest.first == ">" { rest = rest.dropFirst().drop(while: { $0 == " " }) }
        return rest
    }
}

extension Substring {
    /// The substring without the given characters at either end.
    fileprivate func trimmingCharacters(in characters: String) -> Substring {
        let set = Set(characters)
        let start = firstIndex(where: { !set.contains($0) }) ?? endIndex
        let end = lastIndex(where: { !set.contains($0) }).map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
