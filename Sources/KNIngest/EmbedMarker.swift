import Foundation

/// An `[embed URL]` or `[tweet URL]` placeholder, which Revue writes for embedded videos and tweets.
struct EmbedMarker: Equatable {
    /// The URL as written between the keyword and the closing bracket.
    var url: String

    private static let keywords = ["[embed ", "[tweet "]

    /// The markers in `text`, in order, and the text left once they are removed.
    static func extract(from text: String) -> (markers: [EmbedMarker], remainder: String) {
        // Not `contains("[")`: with a string argument that is Foundation's `range(of:)`.
        guard text.containsByte(UInt8(ascii: "[")) else { return ([], text) }
        var markers: [EmbedMarker] = []
        var remainder = ""
        var cursor = text.startIndex
        while let start = nextKeyword(in: text, from: cursor) {
            let urlStart = text.index(start, offsetBy: 7)
            // A marker never spans a line or a second bracket; without its `]` it is ordinary text.
            guard let close = text[urlStart...].firstIndex(where: { $0 == "]" || $0 == "[" || $0.isNewline }),
                text[close] == "]"
            else {
                remainder += text[cursor..<urlStart]
                cursor = urlStart
                continue
            }
            let url = text[urlStart..<close].trimmingCharacters(in: .whitespaces)
            remainder += text[cursor..<start]
            if url.isEmpty || url.contains(" ") {
                remainder += text[start...close]
            } else {
                markers.append(EmbedMarker(url: url))
            }
            cursor = text.index(after: close)
        }
        remainder += text[cursor...]
        return (markers, remainder)
    }

    /// The next `[embed ` or `[tweet ` at or after `index`; each `[` is looked at once, so the scan stays linear.
    private static func nextKeyword(in text: String, from index: String.Index) -> String.Index? {
        var cursor = index
        while let bracket = text[cursor...].firstIndex(of: "[") {
            let word = text[bracket...].prefix(7).lowercased()
            if keywords.contains(word) { return bracket }
            cursor = text.index(after: bracket)
        }
        return nil
    }
}
