/// Segments any newsletter HTML (a feed entry's body, a saved page) into items, one token at a time.
///
/// Headings (`h2`–`h6`) start sections; an `h1` is the title and is left to the caller. Each paragraph-like element (`p`, `li`, `dd`, `blockquote`, …) is
/// a unit; a new one closes the one before, so unclosed `<p>` and `<li>` (legal in HTML) do not merge
/// items. Text outside such elements forms a unit ending at the next block boundary. Navigation, scripts,
/// styles, forms and asides are skipped. `<iframe src>` is an embed. See `ItemAssembler` for how units
/// become items.
struct GenericHTMLSegmenter {
    /// Where the content is: only inside these elements when the page has them, else everywhere.
    enum Scope {
        case everywhere
        case inside(Set<String>)
    }

    private static let unitElements: Set<String> = [
        "p", "li", "dt", "dd", "blockquote", "pre", "figcaption", "td", "th", "caption", "summary",
    ]
    private static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    private static let skippedElements: Set<String> = [
        "nav", "script", "style", "aside", "footer", "form", "noscript", "template", "svg", "head", "button", "select",
    ]

    private var assembler = ItemAssembler()
    private var unit: TextUnitBuilder?
    /// True when the open unit is a list item (`li`, `dt`, `dd`).
    private var unitIsListItem = false
    private var heading: TextBuffer?
    /// True while the open heading is an `h1`: the issue's own title, not a section.
    private var headingIsTitle = false
    private let scope: Scope
    private var scopeDepth = 0
    private var skipped: (name: String, depth: Int)?

    /// A segmenter reading only inside `scope`.
    init(scope: Scope = .everywhere) {
        self.scope = scope
    }

    /// Segments a whole document.
    static func segment(_ html: String, scope: Scope = .everywhere) -> [Item] {
        var segmenter = GenericHTMLSegmenter(scope: scope)
        var tokenizer = HTMLTokenizer(html)
        while let token = tokenizer.next() { segmenter.feed(token) }
        return segmenter.finish()
    }

    mutating func feed(_ token: HTMLToken) {
        switch token {
        case .startTag(let name, let attributes, let selfClosing):
            if skip(start: name, selfClosing: selfClosing) { return }
            if case .inside(let names) = scope, names.contains(name) { scopeDepth += 1 }
            guard inScope else { return }
            start(name, attributes: attributes)
        case .endTag(let name):
            if skip(end: name) { return }
            if inScope { end(name) }
            if case .inside(let names) = scope, names.contains(name), scopeDepth > 0 {
                scopeDepth -= 1
                if scopeDepth == 0 { closeUnit() }
            }
        case .text(let text):
            guard skipped == nil, inScope else { return }
            if heading != nil {
                heading?.append(text)
            } else if unit != nil {
                unit?.append(text)
            } else if text.contains(where: { !$0.isWhitespace }) {
                unit = TextUnitBuilder()
                unit?.append(text)
            }
        }
    }

    /// Flushes what the document left open and returns the items.
    mutating func finish() -> [Item] {
        closeHeading()
        closeUnit()
        return assembler.items
    }

    private var inScope: Bool {
        if case .inside = scope { return scopeDepth > 0 }
        return true
    }

    /// Tracks skipped elements; true when the tag is inside (or is) one.
    private mutating func skip(start name: String, selfClosing: Bool) -> Bool {
        if let open = skipped {
            if open.name == name, !selfClosing { skipped?.depth = open.depth + 1 }
            return true
        }
        guard Self.skippedElements.contains(name), !selfClosing else { return false }
        skipped = (name, 1)
        return true
    }

    private mutating func skip(end name: String) -> Bool {
        guard let open = skipped else { return false }
        if open.name == name { skipped = open.depth > 1 ? (name, open.depth - 1) : nil }
        return true
    }

    private mutating func start(_ name: String, attributes: [String: String]) {
        if Self.headingElements.contains(name) {
            closeHeading()
            closeUnit()
            heading = TextBuffer()
            headingIsTitle = name == "h1"
        } else if heading != nil {
            if HTMLToken.blockElements.contains(name) { heading?.appendBreak() }
        } else if Self.unitElements.contains(name) {
            closeUnit()
            unit = TextUnitBuilder()
            unitIsListItem = ["li", "dt", "dd"].contains(name)
        } else if name == "a" {
            if unit == nil { unit = TextUnitBuilder() }
            unit?.openLink(href: attributes["href"] ?? "")
        } else if name == "iframe", let source = attributes["src"] {
            closeUnit()
            assembler.addEmbed(url: source, title: attributes["title"])
        } else if name == "br" {
            unit?.appendBreak()
        } else if HTMLToken.blockElements.contains(name) {
            closeUnit()
        }
    }

    private mutating func end(_ name: String) {
        if Self.headingElements.contains(name) {
            closeHeading()
        } else if heading != nil {
            return
        } else if name == "a" {
            unit?.closeLink()
        } else if Self.unitElements.contains(name) || HTMLToken.blockElements.contains(name) {
            closeUnit()
        }
    }

    private mutating func closeHeading() {
        guard let buffer = heading else { return }
        heading = nil
        if !headingIsTitle { assembler.heading(buffer.text) }
    }

    private mutating func closeUnit() {
        guard var builder = unit else { return }
        unit = nil
        assembler.add(builder.build(), isListItem: unitIsListItem)
        unitIsListItem = false
    }
}
