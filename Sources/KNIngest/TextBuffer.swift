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
    /// The ideographic space U+3000 is kept as written: Japanese text uses it as punctuation-like spacing,
    /// and the analyzer decides what it means.
    static func collapse(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace, scalar != "\u{3000}" {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }
}
