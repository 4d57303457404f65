import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A fetched RSS or Atom feed read entry by entry, with each entry's identity and raw fields, for
/// archiving entries one per file (`KNFeeds`); indexing reads feeds through `IssueReader` instead.
public struct FeedDocument: Sendable {
    /// One item or entry as the feed wrote it.
    public struct Entry: Sendable, Equatable {
        /// RSS `guid` or Atom `id`, nil when the feed gives none.
        public var guid: String?
        /// The title as text (entities decoded; may hold markup from an Atom `type="html"` title).
        public var title: String
        /// The entry's web address.
        public var link: String?
        /// The date as written (`Fri, 23 Jul 2021 09:00:00 +0900`, `2021-07-23T09:00:00Z`).
        public var date: String?
        /// `content:encoded` or Atom `content`: the full HTML body.
        public var content: String
        /// `description` or Atom `summary`.
        public var summary: String

        /// What identifies the entry across fetches: its guid or id, else its link, else nil.
        public var identity: String? {
            for candidate in [guid, link] {
                if let candidate, !candidate.isEmpty { return candidate }
            }
            return nil
        }

        /// The entry's day as `YYYY-MM-DD`, read from `date` as the issue reader reads it.
        public var day: String? { date.flatMap(IssueMetadata.date(fromText:)) }

        /// Whether `date` is an RFC 822 date (RSS `pubDate`) rather than ISO 8601 (Atom, `dc:date`).
        public var dateIsRFC822: Bool { date.flatMap { RFC822Date.isoDay(TextBuffer.collapse($0)) } != nil }

        /// The title as one line of plain text, markup removed.
        public var plainTitle: String {
            title.contains("<") ? HTMLTokenizer.plainText(title) : TextBuffer.collapse(title)
        }
    }

    /// The entries in document order.
    public var entries: [Entry]

    /// Parses a feed from its bytes; the XML declaration's encoding is honoured (`Shift_JIS`, UTF-16).
    ///
    /// Throws `IngestError` (with an empty path) when the bytes are not a well-formed RSS or Atom
    /// document: malformed or cut-off XML, or another document such as an HTML page.
    public static func parse(_ data: Data) throws(IngestError) -> FeedDocument {
        let delegate = FeedXMLDelegate()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let succeeded = parser.parse()
        let root = delegate.rootElement ?? ""
        if !["rss", "RDF", "feed"].contains(root) {
            let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
            if root.lowercased() == "html" || head.contains("<html") || head.contains("<!doctype html") {
                throw IngestError(path: "", reason: "not a feed but an HTML page")
            }
            if !succeeded || root.isEmpty {
                let message = parser.parserError?.localizedDescription ?? "no XML document"
                throw IngestError(path: "", reason: "invalid XML (line \(parser.lineNumber): \(message))")
            }
            throw IngestError(path: "", reason: "not an RSS or Atom feed (document element <\(root)>)")
        }
        guard succeeded, delegate.openElements == 0 else {
            let message = parser.parserError?.localizedDescription ?? "unexpected end inside <\(delegate.innermostElement)>"
            throw IngestError(path: "", reason: "invalid XML (line \(parser.lineNumber): \(message))")
        }
        let entries = delegate.entries.map {
            Entry(guid: $0.guid, title: $0.title, link: $0.link, date: $0.date, content: $0.content, summary: $0.summary)
        }
        return FeedDocument(entries: entries)
    }
}
