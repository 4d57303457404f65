import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is one issue.
///
/// Elements are matched by local name, so namespace prefixes (`content:encoded`, `dc:date`, `atom:link`)
/// do not matter. External entities are never resolved.
enum FeedParser {
    /// The issues of a feed; throws with the parser's message when the XML is malformed before any entry ended.
    static func parse(_ text: String) throws(IngestError) -> (issues: [Issue], warnings: [String]) {
        let delegate = FeedXMLDelegate()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        var succeeded = parser.parse()
        var error = parser.parserError?.localizedDescription ?? "unknown XML error"
        // Some XMLParser implementations accept input that ends inside an open element; the feed is cut off.
        if succeeded, delegate.openElements > 0 {
            succeeded = false
            error = "unexpected end of input inside <\(delegate.innermostElement)>"
        }
        let issues = delegate.entries.map { $0.issue() }
        guard succeeded else {
            let message = "line \(parser.lineNumber): \(error)"
            if issues.isEmpty { throw IngestError(path: "", reason: message) }
            return (issues, ["feed truncated or malformed after \(issues.count) entries (\(message))"])
        }
        return (issues, [])
    }
}

/// Collects `FeedEntry` values from `XMLParser` events; used on one thread, for one parse.
final class FeedXMLDelegate: NSObject, XMLParserDelegate {
    private(set) var entries: [FeedEntry] = []
    /// Elements started and not yet ended; above zero after parsing means truncated input.
    private(set) var openElements = 0
    /// The name of the last element started.
    private(set) var innermostElement = ""
    /// The document element (`rss`, `RDF`, `feed`; `html` for a web page that happens to be XML).
    private(set) var rootElement: String?
    private var current: FeedEntry?
    /// The entry field being read and its text so far.
    private var field: (name: String, text: String, depth: Int)?
    /// Re-serialises Atom `type="xhtml"` content, which arrives as elements rather than text.
    private var xhtmlDepth = 0

    private static let entryElements: Set<String> = ["item", "entry"]
    private static let textFields: Set<String> = [
        "title", "link", "pubDate", "date", "updated", "published", "encoded", "content", "description", "summary", "issue",
        "number", "guid", "id",
    ]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        openElements += 1
        innermostElement = elementName
        if rootElement == nil { rootElement = elementName }
        if Self.entryElements.contains(elementName) {
            current = FeedEntry()
            return
        }
        guard current != nil else { return }
        if let open = field {
            field?.depth = open.depth + 1
            if xhtmlDepth > 0 {
                let serialized = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(Self.escaped($0.value))\"" }
                field?.text += "<\(elementName)\(serialized.joined())>"
            }
            return
        }
        // Atom: <link rel="alternate" href="…"/>; the first alternate (or rel-less) link is the issue's.
        if elementName == "link", let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate", current?.link == nil { current?.link = href }
            return
        }
        guard Self.textFields.contains(elementName) else { return }
        field = (elementName, "", 0)
        xhtmlDepth = attributes["type"] == "xhtml" ? 1 : 0
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard field != nil else { return }
        field?.text += xhtmlDepth > 0 ? Self.escaped(string) : string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard field != nil else { return }
        field?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        openElements -= 1
        if Self.entryElements.contains(elementName), let entry = current {
            entries.append(entry)
            current = nil
            field = nil
            return
        }
        guard let open = field else { return }
        if open.depth > 0 {
            field?.depth = open.depth - 1
            if xhtmlDepth > 0 { field?.text += "</\(elementName)>" }
            return
        }
        field = nil
        store(open.name, open.text)
    }

    private func store(_ name: String, _ text: String) {
        switch name {
        case "title": current?.title = text
        case "link": if current?.link == nil { current?.link = text.trimmingCharacters(in: .whitespacesAndNewlines) }
        case "pubDate", "date", "published": current?.date = text
        case "updated": if current?.date == nil { current?.date = text }
        case "encoded", "content": current?.content = text
        case "description", "summary": current?.summary = text
        case "issue", "number": current?.number = text
        // The first wins: an Atom entry's own `<id>` precedes the `<id>` of a nested `<source>`.
        case "guid", "id": if current?.guid == nil { current?.guid = text.trimmingCharacters(in: .whitespacesAndNewlines) }
        default: break
        }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
