/// A tolerant, linear HTML scanner producing start-tag, end-tag and text events; it builds no tree.
///
/// Invariants that keep hostile input cheap:
/// - every byte is examined a bounded number of times, so the scan is O(n) whatever the nesting or line length;
/// - nothing recurses, so 200,000 nested tags cost a counter in the caller, not a stack frame;
/// - markup cut off by the end of input (a tag, comment or quoted value without its end) ends the scan
///   instead of being rescanned as text, which would be quadratic on input such as `<a "<a "<a "…`;
/// - a `<` that cannot start markup (`a < b`, `<3`) is text, as in the HTML standard's tokenizer;
/// - the contents of `script` and `style` are skipped, never reported as text.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    private let bytes: [UInt8]
    private var position = 0
    /// The element whose raw text must be skipped before scanning resumes (`script`, `style`).
    private var pendingRawText: [UInt8]?

    private static let rawTextElements: Set<String> = ["script", "style"]

    /// Scans `html`; the string is copied once into a byte array.
    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// The next event, or nil at the end of input.
    mutating func next() -> HTMLToken? {
        while position < bytes.count {
            if let element = pendingRawText {
                pendingRawText = nil
                skipRawText(closing: element)
                continue
            }
            if bytes[position] == UInt8(ascii: "<"), startsMarkup(at: position) {
                if let token = scanMarkup() { return token }
                continue
            }
            return scanText()
        }
        return nil
    }

    // MARK: - Text

    private func startsMarkup(at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if isLetter(next) || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return true }
        return next == UInt8(ascii: "/") && index + 2 < bytes.count && isLetter(bytes[index + 2])
    }

    private mutating func scanText() -> HTMLToken {
        let start = position
        position += 1
        while position < bytes.count, !(bytes[position] == UInt8(ascii: "<") && startsMarkup(at: position)) {
            position += 1
        }
        let raw = String(decoding: bytes[start..<position], as: UTF8.self)
        return .text(HTMLEntityDecoder.decodeTwice(raw))
    }

    // MARK: - Markup

    /// Scans the markup at `position` (a `<`); returns nil for comments and declarations, which are dropped.
    private mutating func scanMarkup() -> HTMLToken? {
        let next = bytes[position + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            skipCommentOrDeclaration()
            return nil
        }
        if next == UInt8(ascii: "/") {
            position += 2
            let name = scanName()
            skip(past: UInt8(ascii: ">"))
            return .endTag(name: name)
        }
        position += 1
        let name = scanName()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                if Self.rawTextElements.contains(name), !selfClosing { pendingRawText = Array(name.utf8) }
                return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
            }
            if isSpace(byte) || byte == UInt8(ascii: "/") {
                selfClosing = byte == UInt8(ascii: "/")
                position += 1
                continue
            }
            selfClosing = false
            let (key, value) = scanAttribute()
            if attributes[key] == nil { attributes[key] = value }
        }
        // Input ended inside the tag: truncated HTML, nothing more to report.
        return nil
    }

    private mutating func scanName() -> String {
        let start = position
        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">"),
            bytes[position] != UInt8(ascii: "/")
        {
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
    }

    /// Scans `name`, `name=value`, `name="value"` or `name='value'`; always consumes at least one byte.
    private mutating func scanAttribute() -> (String, String) {
        let start = position
        position += 1
        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
            bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/")
        {
            position += 1
        }
        let key = String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return (key, "") }
        position += 1
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count else { return (key, "") }
        let quote = bytes[position]
        let valueStart: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            position += 1
            valueStart = position
            while position < bytes.count, bytes[position] != quote { position += 1 }
        } else {
            valueStart = position
            while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                position += 1
            }
        }
        let value = String(decoding: bytes[valueStart..<Swift.min(position, bytes.count)], as: UTF8.self)
        if position < bytes.count, bytes[position] == quote, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            position += 1
        }
        return (key, HTMLEntityDecoder.decode(value))
    }

    private mutating func skipCommentOrDeclaration() {
        let isComment = position + 3 < bytes.count && bytes[position + 2] == UInt8(ascii: "-")
            && bytes[position + 3] == UInt8(ascii: "-")
        guard isComment else {
            skip(past: UInt8(ascii: ">"))
            return
        }
        position += 4
        while position + 2 < bytes.count {
            if bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-"),
                bytes[position + 2] == UInt8(ascii: ">")
            {
                position += 3
                return
            }
            position += 1
        }
        position = bytes.count
    }

    /// Moves past the next `byte`, or to the end of input when there is none.
    private mutating func skip(past byte: UInt8) {
        while position < bytes.count, bytes[position] != byte { position += 1 }
        position = Swift.min(position + 1, bytes.count)
    }

    /// Skips to the `</name` that ends a raw-text element, leaving `position` on its `<`.
    private mutating func skipRawText(closing name: [UInt8]) {
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "<"), position + 1 + name.count < bytes.count,
                bytes[position + 1] == UInt8(ascii: "/"), matchesIgnoringCase(name, at: position + 2)
            {
                return
            }
            position += 1
        }
    }

    private func matchesIgnoringCase(_ name: [UInt8], at index: Int) -> Bool {
        for offset in 0..<name.count where lowercased(bytes[index + offset]) != name[offset] { return false }
        return true
    }

    private func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercased(byte))
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}

extension HTMLTokenizer {
    /// The text of an HTML fragment without its tags, whitespace collapsed.
    static func plainText(_ html: String) -> String {
        var buffer = TextBuffer()
        for token in HTMLTokenizer(html) {
            switch token {
            case .text(let text): buffer.append(text)
            case .startTag(let name, _, _), .endTag(let name):
                if HTMLToken.blockElements.contains(name) { buffer.appendBreak() }
            }
        }
        return buffer.text
    }
}
