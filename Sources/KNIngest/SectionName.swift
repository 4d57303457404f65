/// Maps a section header as written (`News `, `News &amp; Competitions`, `Eratta`) to its normalised name.
enum SectionName {
    /// Normalised names keyed by the lower-cased, space-collapsed header text.
    private static let known: [String: String] = [
        "news": "News", "competitions": "Competitions", "competition": "Competitions",
        "news & competitions": "News & Competitions", "news and competitions": "News & Competitions",
        "pr": "PR", "announcement": "Announcement", "announcements": "Announcement",
        "datasets": "Datasets", "dataset": "Datasets", "articles": "Articles", "article": "Articles",
        "errata": "Errata", "eratta": "Errata", "erratum": "Errata", "others": "Others", "other": "Others",
    ]

    /// The section of paragraphs that come before any header (Revue's leading block is the news).
    static let impliedForParagraphs = "News"
    /// The section of link entries and embeds that come before any header.
    static let impliedForEntries = "Articles"

    /// The normalised name of a known section header, or nil when `header` is not one.
    static func known(_ header: String) -> String? {
        // Section names are short; a long paragraph is never one, and is not worth normalising to find out.
        guard header.utf8.count <= 64 else { return nil }
        return known[key(header)]
    }

    /// The normalised name of any header: a known name when there is one, else the header as written.
    static func normalize(_ header: String) -> String {
        known(header) ?? TextBuffer.collapse(header)
    }

    private static func key(_ header: String) -> String {
        var text = TextBuffer.collapse(header).lowercased()
        // Headers are sometimes written with a trailing colon ("News:") in hand-made newsletters.
        while text.hasSuffix(":") || text.hasSuffix("：") { text.removeLast() }
        return TextBuffer.collapse(text)
    }
}
