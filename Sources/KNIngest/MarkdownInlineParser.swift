/// Reads the inline syntax of one Markdown block into plain text and links.
///
/// Handles `[text](url "title")`, reference links `[text][label]` / `[label]`, autolinks `<https://…>`,
/// bare `https://…` URLs, images (dropped), code spans (kept literally), emphasis markers, backslash
/// escapes, inline HTML tags (dropped, except `<a href>` links) and character references.
/// Linear in the block's length: bracket pairs are matched once with a stack, and a destination scan
/// that fails is never repeated over the same text.
struct MarkdownInlineParser {
    private let scalars: [Unicode.Scalar]
    private let references: [String: String]
    private var closingBracket: [Int: Int] = [:]
    private var builder = TextUnitBuilder()
    private var plain = ""
    /// End of the last destination scan that found no `)`, so that later scans inside it stop at once.
    private var failedScanEnd = -1

    /// Parses `text` with the document's reference definitions.
    static func parse(_ text: String, references: [String: String]) -> TextUnit {
        var parser = MarkdownInlineParser(text: text, references: references)
        parser.run(from: 0, to: parser.scalars.count)
        parser.flush()
        return parser.builder.build()
    }

    private init(text: String, references: [String: String]) {
        scalars = Array(text.unicodeScalars)
        self.references = references
        var open: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar == "[" {
                open.append(index)
            } else if scalar == "]", let start = open.popLast() {
                closingBracket[start] = index
            }
        }
    }

    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    private mutating func run(from start: Int, to end: Int) {
        var index = start
        while index < end {
            let scalar = scalars[index]
            var next: Int?
            switch scalar {
            case "\\" where index + 1 < end && Self.escapable.contains(scalars[index + 1]):
                plain.unicodeScalars.append(scalars[index + 1])
                next = index + 2
            case "!" where index + 1 < end && scalars[index + 1] == "[":
                next = image(at: index + 1, end: end)
            case "[":
                next = link(at: index, end: end)
            case "<":
                next = angle(at: index, end: end)
            case "`":
                next = codeSpan(at: index, end: end)
            case "*", "~":
                next = index + 1  // Emphasis and strike-through markers are formatting, not text.
            case "_" where isBoundary(index - 1) || isBoundary(index + 1):
                next = index + 1
            case "h" where startsBareURL(at: index):
                next = bareURL(at: index, end: end)
            default:
                break
            }
            if let next {
                index = next
            } else {
                plain.unicodeScalars.append(scalar)
                index += 1
            }
        }
    }

    /// A code span is copied as written (its brackets are not links); an unmatched backtick run is dropped.
    /// The closing run is found by one forward scan, and text before it is never scanned again.
    private mutating func codeSpan(at start: Int, end: Int) -> Int {
        var index = start
        while index < end, scalars[index] == "`" { index += 1 }
        let length = index - start
        var search = index
        while search < end {
            guard scalars[search] == "`" else {
                search += 1
                continue
            }
            var runEnd = search
            while runEnd < end, scalars[runEnd] == "`" { runEnd += 1 }
            if runEnd - search == length {
                plain.unicodeScalars.append(contentsOf: scalars[index..<search])
                return runEnd
            }
            search = runEnd
        }
        return index
    }

    /// `[text](destination)`, `[text][label]`, `[label][]` or `[label]`; returns the index after it.
    private mutating func link(at open: Int, end: Int) -> Int? {
        guard let close = closingBracket[open], close < end else { return nil }
        let label = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
        if close + 1 < end, scalars[close + 1] == "(", let (destination, after) = destination(from: close + 2, end: end) {
            emitLink(href: destination, textFrom: open + 1, to: close)
            return after
        }
        var referenceEnd = close + 1
        var key = label
        if close + 1 < end, scalars[close + 1] == "[", let second = closingBracket[close + 1], second < end {
            let explicit = String(String.UnicodeScalarView(scalars[(close + 2)..<second]))
            if !explicit.isEmpty { key = explicit }
            referenceEnd = second + 1
        }
        guard let href = references[TextBuffer.collapse(key.lowercased())] else { return nil }
        emitLink(href: href, textFrom: open + 1, to: close)
        return referenceEnd
    }

    /// `![alt](src)`: images are not text; returns the index after it.
    private mutating func image(at open: Int, end: Int) -> Int? {
        guard let close = closingBracket[open], close < end, close + 1 < end, scalars[close + 1] == "(",
            let (_, after) = destination(from: close + 2, end: end)
        else { return nil }
        return after
    }

    /// Reads `url` or `<url>` and an optional `"title"` up to the closing `)`.
    private mutating func destination(from start: Int, end: Int) -> (String, Int)? {
        guard start > failedScanEnd else { return nil }
        var index = start
        while index < end, scalars[index] == " " { index += 1 }
        var depth = 0
        let urlStart = index
        while index < end {
            let scalar = scalars[index]
            if scalar == "(" { depth += 1 }
            if scalar == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            if scalar == " " || scalar == "\n" { break }
            index += 1
        }
        let url = String(String.UnicodeScalarView(scalars[urlStart..<index])).trimmingAngleBrackets()
        while index < end, scalars[index] != ")" { index += 1 }  // skip a title
        guard index < end, scalars[index] == ")" else {
            failedScanEnd = index
            return nil
        }
        return (url, index + 1)
    }

    /// `<https://…>` autolinks are links; other `<…>` are inline HTML tags, which are dropped.
    private mutating func angle(at open: Int, end: Int) -> Int? {
        let limit = Swift.min(end, open + 2_048)
        var index = open + 1
        while index < limit, scalars[index] != ">", scalars[index] != "<", scalars[index] != "\n" { index += 1 }
        guard index < limit, scalars[index] == ">", index > open + 1 else { return nil }
        let inside = String(String.UnicodeScalarView(scalars[(open + 1)..<index]))
        if inside.hasPrefix("http://") || inside.hasPrefix("https://") {
            flush()
            builder.appendLink(href: inside, text: inside)
            return index + 1
        }
        guard let first = inside.unicodeScalars.first, first.properties.isAlphabetic || first == "/" || first == "!"
        else { return nil }
        // Inline `<a href>` is a link written in HTML; every other tag is formatting and dropped.
        var tag = HTMLTokenizer("<" + inside + ">")
        switch tag.next() {
        case .startTag("a", let attributes, _):
            flush()
            builder.openLink(href: attributes["href"] ?? "")
        case .endTag("a"):
            flush()
            builder.closeLink()
        default:
            break
        }
        return index + 1
    }

    private func startsBareURL(at index: Int) -> Bool {
        for prefix in ["https://", "http://"] where index + prefix.unicodeScalars.count <= scalars.count {
            if zip(prefix.unicodeScalars, scalars[index...]).allSatisfy({ $0 == $1 }) { return true }
        }
        return false
    }

    /// A bare URL runs to the first space, non-ASCII character or quote, minus trailing punctuation.
    private mutating func bareURL(at start: Int, end: Int) -> Int {
        var index = start
        let stops: Set<Unicode.Scalar> = ["<", ">", "\"", "'", "`", "{", "}", "|", "\\", "^"]
        while index < end, scalars[index].isASCII, !scalars[index].properties.isWhitespace, !stops.contains(scalars[index]) {
            index += 1
        }
        while index > start, ".,:;!?)]*_".unicodeScalars.contains(scalars[index - 1]) { index -= 1 }
        let url = String(String.UnicodeScalarView(scalars[start..<index]))
        flush()
        builder.appendLink(href: url, text: url)
        return index
    }

    private mutating func emitLink(href: String, textFrom start: Int, to end: Int) {
        flush()
        var inner = MarkdownInlineParser(scalars: Array(scalars[start..<end]), references: [:])
        inner.run(from: 0, to: inner.scalars.count)
        inner.flush()
        builder.appendLink(href: HTMLEntityDecoder.decode(href), text: TextBuffer.collapse(inner.builder.build().text))
    }

    private init(scalars: [Unicode.Scalar], references: [String: String]) {
        self.scalars = scalars
        self.references = references
    }

    /// Hands the plain text gathered so far to the builder, decoding character references.
    private mutating func flush() {
        guard !plain.isEmpty else { return }
        builder.append(HTMLEntityDecoder.decode(plain))
        plain = ""
    }

    private func isBoundary(_ index: Int) -> Bool {
        guard index >= 0, index < scalars.count else { return true }
        let scalar = scalars[index]
        return scalar.properties.isWhitespace || Self.escapable.contains(scalar) || !scalar.isASCII
    }
}

extension String {
    /// The string without one pair of surrounding angle brackets (`<url>`).
    fileprivate func trimmingAngleBrackets() -> String {
        hasPrefix("<") && hasSuffix(">") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
