/// Accumulates the text of an element and returns it with whitespace collapsed, in linear time.
struct TextBuffer: Sendable {
    private var raw = ""

    /// Appends character data as written.
    mutating func append(_ text: String) {
        raw += text
    }

    /// Marks a block boundary (`<br>`, `</p>`, …), which reads as a space.
    mutating func appendBreak() {
        raw += " "
    }

    /// True when nothing but whitespace has been appended.
    var isBlank: Bool { Self.collapse(raw).isEmpty }

    /// The text with runs of whitespace (including no-break spaces) turned into one space, trimmed.
    var text: String { Self.collapse(raw) }

    /// Collapses whitespace runs into single spaces and trims both ends.
    ///
    /// Works on UTF-8 bytes, since this runs over every text of every item. Whitespace is ASCII whitespace
    /// plus the Unicode space separators and line separators (NEL, NBSP, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F). The ideographic space U+3000 is kept as written: Japanese text uses it as
    /// spacing punctuation, and the analyzer decides what it means.
    static func collapse(_ text: String) -> String {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var pendingSpace = false
        var index = 0
        while index < input.count {
            let width = whitespaceWidth(input, at: index)
            if width > 0 {
                pendingSpace = !output.isEmpty
                index += width
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            output.append(input[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The byte length of the whitespace character starting at `index`, or 0 when there is none.
    private static func whitespaceWidth(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        guard index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count, byte == 0xE1 || byte == 0xE2 else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third) ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        default: return 0
        }
    }
}
