/// Parses a saved HTML page holding one issue: metadata from the head, items from the content.
///
/// The content is the page's `<article>` elements when it has any, else `<main>`, else `<body>`, else the
/// whole document; navigation, scripts and styles are skipped (see `GenericHTMLSegmenter`).
enum HTMLPageParser {
    /// What a first pass over the page finds before segmenting.
    private struct Metadata {
        var documentTitle = ""
        var ogTitle: String?
        /// The first `h1` inside each content container (`article`, `main`, `body`) and in the whole page.
        var firstHeading: [String: String] = [:]
        var url: String?
        var date: String?
        var containers: Set<String> = []
    }

    /// The issue in a page; the number comes from the title, fallbacks from the file name are left to the caller.
    static func parse(_ html: String) -> Issue {
        let metadata = scan(html)
        let scope: GenericHTMLSegmenter.Scope =
            if metadata.containers.contains("article") {
                .inside(["article"])
            } else if metadata.containers.contains("main") {
                .inside(["main"])
            } else if metadata.containers.contains("body") {
                .inside(["body"])
            } else {
                .everywhere
            }
        let container = ["article", "main", "body"].first { metadata.containers.contains($0) } ?? ""
        let title = [metadata.ogTitle, metadata.firstHeading[container], metadata.documentTitle]
            .compactMap { $0.map(TextBuffer.collapse) }.first { !$0.isEmpty } ?? ""
        return Issue(
            number: IssueMetadata.number(in: title), title: title, url: metadata.url.flatMap(CanonicalURL.canonicalize),
            date: metadata.date, items: GenericHTMLSegmenter.segment(html, scope: scope))
    }

    private static func scan(_ html: String) -> Metadata {
        var metadata = Metadata()
        var capture: (name: String, text: TextBuffer, containers: [String])?
        var openContainers: [String: Int] = [:]
        var tokenizer = HTMLTokenizer(html)
        while let token = tokenizer.next() {
            switch token {
            case .startTag(let name, let attributes, _):
                if ["article", "main", "body"].contains(name) {
                    metadata.containers.insert(name)
                    openContainers[name, default: 0] += 1
                }
                read(name, attributes, into: &metadata)
                if capture == nil, name == "title" || name == "h1" {
                    capture = (name, TextBuffer(), [""] + openContainers.filter { $0.value > 0 }.map(\.key))
                }
            case .endTag(let name):
                if let depth = openContainers[name], depth > 0 { openContainers[name] = depth - 1 }
                guard let open = capture, open.name == name else { continue }
                capture = nil
                if name == "title", metadata.documentTitle.isEmpty { metadata.documentTitle = open.text.text }
                for container in open.containers where name == "h1" && metadata.firstHeading[container] == nil {
                    metadata.firstHeading[container] = open.text.text
                }
            case .text(let text):
                capture?.text.append(text)
            }
        }
        return metadata
    }

    /// Reads `<link rel=canonical>`, `<meta property=og:…>`, publication dates and `<time datetime>`.
    private static func read(_ name: String, _ attributes: [String: String], into metadata: inout Metadata) {
        switch name {
        case "link" where attributes["rel"]?.lowercased() == "canonical":
            metadata.url = metadata.url ?? attributes["href"]
        case "meta":
            let key = (attributes["property"] ?? attributes["name"] ?? "").lowercased()
            let content = attributes["content"] ?? ""
            switch key {
            case "og:title": metadata.ogTitle = metadata.ogTitle ?? content
            case "og:url": metadata.url = metadata.url ?? content
            case "article:published_time", "date", "dc.date", "pubdate":
                metadata.date = metadata.date ?? IssueMetadata.date(fromText: content)
            default: break
            }
        case "time":
            if metadata.date == nil, let value = attributes["datetime"] {
                metadata.date = IssueMetadata.date(fromText: value)
            }
        default: break
        }
    }
}
