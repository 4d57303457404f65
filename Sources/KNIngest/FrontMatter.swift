/// The YAML front matter of a Markdown file, read as flat `key: value` pairs (all a newsletter header needs).
struct FrontMatter {
    /// Values by lower-cased key, quotes removed.
    var values: [String: String] = [:]

    /// Splits `text` into its front matter (when it starts with a `---` line closed by `---` or `...`) and the body.
    static func split(_ text: String) -> (FrontMatter?, Substring) {
        var lines = text[...]
        guard let first = nextLine(&lines), first.trimmingWhitespace() == "---" else { return (nil, text[...]) }
        var matter = FrontMatter()
        while let line = nextLine(&lines) {
            let trimmed = line.trimmingWhitespace()
            if trimmed == "---" || trimmed == "..." { return (matter, lines) }
            guard let colon = line.firstIndex(of: ":"), line.first?.isWhitespace == false else { continue }
            let key = line[..<colon].trimmingWhitespace().lowercased()
            var value = line[line.index(after: colon)...].trimmingWhitespace()
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = value.dropFirst().dropLast()
            }
            matter.values[key] = String(value)
        }
        return (nil, text[...])  // Never closed: not front matter after all.
    }

    /// The first value present among `keys`.
    func value(_ keys: String...) -> String? {
        keys.lazy.compactMap { values[$0] }.first { !$0.isEmpty }
    }

    private static func nextLine(_ text: inout Substring) -> Substring? {
        guard !text.isEmpty else { return nil }
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else {
            defer { text = text[text.endIndex...] }
            return text
        }
        let line = text[..<newline]
        text = text[text.utf8.index(after: newline)...]
        return line
    }
}
