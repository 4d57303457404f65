/// A passage with its matches located: FTS5 `snippet()` output with kn's private markers taken
/// out and turned into byte ranges, so printers can style matches however they like.
public struct Snippet: Equatable, Sendable {
    /// Marks a match's start in SQL `snippet()` output; control characters never occur in item text.
    static let openMarker = "\u{1}"
    static let closeMarker = "\u{2}"

    public var text: String
    /// `[start, end)` UTF-8 byte ranges of the matches in `text`.
    public var highlights: [Range<Int>]

    /// Parses marked text, collapsing whitespace runs (newlines included) into single spaces.
    public init(marked: String) {
        var text = String()
        var highlights: [Range<Int>] = []
        var openedAt: Int?
        var lastWasSpace = false
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "\u{1}":
                openedAt = text.utf8.count
            case "\u{2}":
                if let start = openedAt, start < text.utf8.count { highlights.append(start..<text.utf8.count) }
                openedAt = nil
            default:
                let isSpace = scalar.properties.isWhitespace
                if isSpace && lastWasSpace { continue }
                text.unicodeScalars.append(isSpace ? " " : scalar)
                lastWasSpace = isSpace
            }
        }
        self.text = text
        self.highlights = highlights
    }

    /// Whether any match falls in this passage.
    public var hasMatch: Bool { !highlights.isEmpty }
}
