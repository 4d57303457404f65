/// Turns the HTML body of a Revue export into items, one token at a time, without building a tree.
///
/// The export's shape (see `Tests/KNIngestTests/Fixtures/revue/`): a leading `<h3>` block of news paragraphs
/// under `<h2>` (or `<p><strong>`, or styled `<span>`) headers, an `<hr>`, then link entries
/// (`<p><strong style='display: block;'><a>title</a> &mdash; <a>domain</a></strong>description</p>`),
/// `[embed URL]` / `[tweet URL]` lines, each followed by commentary paragraphs `<p><p>…</p></p>`.
/// Commentary is attached to the entry or embed it follows; a paragraph with nothing to attach to is an item.
struct RevueSegmenter {
    private(set) var items: [Item] = []
    /// The current header: normalised name and text as written; nil before any header of the current part.
    private var section: (name: String, raw: String)?
    private var header: TextBuffer?
    private var block: RevueBlock?
    /// The entry or embed that following commentary belongs to.
    private var attachTarget: Int?

    private static let headerElements: Set<String> = ["h1", "h2", "h4", "h5", "h6"]

    /// Segments a whole body.
    static func segment(_ html: String) -> [Item] {
        var segmenter = RevueSegmenter()
        var tokenizer = HTMLTokenizer(html)
        while let token = tokenizer.next() { segmenter.feed(token) }
        segmenter.finish()
        return segmenter.items
    }

    mutating func feed(_ token: HTMLToken) {
        switch token {
        case .startTag(let name, let attributes, _): start(name, attributes: attributes)
        case .endTag(let name): end(name)
        case .text(let text): self.text(text)
        }
    }

    /// Flushes what truncated input left open.
    mutating func finish() {
        closeHeader()
        closeBlock()
    }

    private mutating func start(_ name: String, attributes: [String: String]) {
        if header != nil {
            if HTMLToken.blockElements.contains(name) { header?.appendBreak() }
            return
        }
        if block != nil, Self.headerElements.contains(name) || name == "hr" || name == "h3" {
            closeBlock()  // A header or rule cannot be inside a paragraph: the `<p>` was left unclosed.
        }
        // Optional chaining mutates the block in place; a `var` copy would duplicate its buffers on every tag.
        if let outcome = block?.start(name, attributes: attributes) {
            switch outcome {
            case .open: break
            case .closed: closeBlock()
            case .splitBefore:
                closeBlock()
                var next = RevueBlock()
                _ = next.start(name, attributes: attributes)
                block = next
            case .splitCommentary:
                closeBlock()
                block = RevueBlock(depth: 2)
            }
            return
        }
        switch name {
        case "p": block = RevueBlock()
        case "h3", "hr": resetPart()
        case _ where Self.headerElements.contains(name): header = TextBuffer()
        default: break
        }
    }

    private mutating func end(_ name: String) {
        if header != nil {
            if Self.headerElements.contains(name) { closeHeader() } else if HTMLToken.blockElements.contains(name) {
                header?.appendBreak()
            }
            return
        }
        if block != nil {
            if name == "h3" {
                closeBlock()
            } else {
                if case .closed = block?.end(name) { closeBlock() }
                return
            }
        }
        if name == "h3" { resetPart() }
    }

    private mutating func text(_ text: String) {
        if header != nil {
            header?.append(text)
        } else if block != nil {
            block?.text(text)
        } else {
            addEmbeds(EmbedMarker.extract(from: text).markers)
        }
    }

    /// The intro block and the item list are separate parts: a header of one does not carry into the other.
    private mutating func resetPart() {
        section = nil
        attachTarget = nil
    }

    private mutating func closeHeader() {
        guard let buffer = header else { return }
        header = nil
        let raw = buffer.text
        guard !raw.isEmpty else { return }
        section = (SectionName.normalize(raw), raw)
        attachTarget = nil
    }

    private mutating func closeBlock() {
        guard var finished = block else { return }
        block = nil
        finished.finish()
        if finished.isEntry {
            items.append(RevueItemBuilder.entry(from: finished, section: sectionFor(.entry)))
            attachTarget = items.count - 1
            return
        }
        let text = finished.text
        guard !text.isEmpty else { return }
        if let known = SectionName.known(text) {
            section = (known, text)
            attachTarget = nil
            return
        }
        let embeds = EmbedMarker.extract(from: text)
        if !embeds.markers.isEmpty, TextBuffer.collapse(embeds.remainder).isEmpty {
            addEmbeds(embeds.markers)
        } else if let target = attachTarget {
            RevueItemBuilder.attach(commentary: text, links: finished.links, to: &items[target])
        } else {
            items.append(RevueItemBuilder.paragraph(text: text, links: finished.links, section: sectionFor(.paragraph)))
        }
    }

    private mutating func addEmbeds(_ markers: [EmbedMarker]) {
        for marker in markers {
            guard let item = RevueItemBuilder.embed(url: marker.url, section: sectionFor(.embed)) else { continue }
            items.append(item)
            attachTarget = items.count - 1
        }
    }

    private func sectionFor(_ kind: Item.Kind) -> (name: String, raw: String) {
        if let section { return section }
        return (kind == .paragraph ? SectionName.impliedForParagraphs : SectionName.impliedForEntries, "")
    }
}
