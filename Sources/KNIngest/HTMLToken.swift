/// One event of the tolerant HTML scan: a start tag, an end tag or a run of text.
enum HTMLToken: Equatable, Sendable {
    /// `<name attr="value">`; names are lower-cased, attribute values entity-decoded, the first of a repeated attribute wins.
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    /// `</name>`, name lower-cased.
    case endTag(name: String)
    /// Character data between tags, entity-decoded (twice, see `HTMLEntityDecoder.decodeTwice`), whitespace as written.
    case text(String)
}

extension HTMLToken {
    /// HTML elements that break text into separate runs: their boundaries read as whitespace.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    ]
}
