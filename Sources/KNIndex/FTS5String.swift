/// Writes text as an FTS5 string literal, the only way user or dictionary text enters a MATCH
/// expression (<https://www.sqlite.org/fts5.html#fts5_strings>).
public enum FTS5String {
    /// `text` in double quotes with every `"` doubled, scalar by scalar: Swift fuses a quote with
    /// a following combining mark into one Character, but FTS5 reads bytes and still sees a quote.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result.unicodeScalars.append(scalar) }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }
}
