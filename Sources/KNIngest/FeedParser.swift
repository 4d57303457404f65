/// Parses RSS and Atom feeds.
enum FeedParser {
    static func parse(_ text: String) throws(IngestError) -> [Issue] { [] }
}
