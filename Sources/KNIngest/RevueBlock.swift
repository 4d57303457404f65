/// The content of one top-level `<p>` of a Revue export, gathered until its matching `</p>`.
///
/// A block is an entry when it holds a `<strong style='display: block;'>`: the strong's links give the
/// title and the URL, the text after the strong is the description. Any other block is a paragraph, a
/// commentary or a header; the segmenter decides from what came before.
struct RevueBlock {
    /// An `<a href>` with its text, href already entity-decoded (not yet canonical).
    struct Link {
        var href: String
        var text: String
    }

    /// What the segmenter must do after feeding a tag to the block.
    enum Outcome {
        /// The block is still open.
        case open
        /// The block's last `</p>` closed it.
        case closed
        /// A second entry began inside this one (an unclosed `<p>`): close this block and start a new one with the tag.
        case splitBefore
        /// A commentary `<p><p>` began inside an entry whose `<p>` was left open: close the entry and start a
        /// commentary block already two paragraphs deep.
        case splitCommentary
    }

    /// Starts a block whose opening tags were already seen: `depth` paragraphs are open.
    init(depth: Int = 1) {
        self.depth = depth
    }

    private(set) var isEntry = false
    private(set) var titleLinks: [Link] = []
    private(set) var links: [Link] = []
    private var depth: Int
    private var strongDepth = 0
    private var strongText = TextBuffer()
    private var body = TextBuffer()
    private var description = TextBuffer()
    private var anchor: (href: String, text: TextBuffer, inStrong: Bool)?
    /// True right after a `<p>` opened inside an entry, after its title: a second `<p>` now is commentary.
    private var paragraphJustOpened = false

    /// The text of a non-entry block (paragraph, commentary, header).
    var text: String { body.text }
    /// The description of an entry: the text after its title strong.
    var descriptionText: String { description.text }
    /// The whole text of the title strong, for an entry whose strong has no link text.
    var strongTitle: String { strongText.text }

    /// Feeds a start tag.
    mutating func start(_ name: String, attributes: [String: String]) -> Outcome {
        // Descriptions never nest paragraphs; only commentary starts with `<p><p>`.
        if name == "p", paragraphJustOpened { return .splitCommentary }
        paragraphJustOpened = name == "p" && isEntry && strongDepth == 0
        switch name {
        case "p":
            depth += 1
            appendBreak()
        case "strong" where strongDepth > 0:
            strongDepth += 1
        case "strong" where Self.isEntryTitle(attributes):
            if isEntry { return .splitBefore }
            isEntry = true
            strongDepth = 1
        case "a":
            closeAnchor()
            anchor = (attributes["href"] ?? "", TextBuffer(), strongDepth > 0)
        default:
            if HTMLToken.blockElements.contains(name) { appendBreak() }
        }
        return .open
    }

    /// Feeds an end tag.
    mutating func end(_ name: String) -> Outcome {
        paragraphJustOpened = false
        switch name {
        case "p":
            depth -= 1
            appendBreak()
            if depth == 0 {
                closeAnchor()
                return .closed
            }
        case "strong" where strongDepth > 0:
            strongDepth -= 1
            if strongDepth == 0 { closeAnchor() }
        case "a":
            closeAnchor()
        default:
            if HTMLToken.blockElements.contains(name) { appendBreak() }
        }
        return .open
    }

    /// Feeds character data.
    mutating func text(_ text: String) {
        if paragraphJustOpened, text.contains(where: { !$0.isWhitespace }) { paragraphJustOpened = false }
        anchor?.text.append(text)
        if strongDepth > 0 {
            strongText.append(text)
        } else if isEntry {
            description.append(text)
        } else {
            body.append(text)
        }
    }

    /// Closes a link left open when the block ends early (truncated input).
    mutating func finish() {
        closeAnchor()
    }

    private mutating func appendBreak() {
        if strongDepth > 0 {
            strongText.appendBreak()
        } else if isEntry {
            description.appendBreak()
        } else {
            body.appendBreak()
        }
        anchor?.text.appendBreak()
    }

    private mutating func closeAnchor() {
        guard let open = anchor else { return }
        anchor = nil
        let link = Link(href: open.href, text: open.text.text)
        if open.inStrong { titleLinks.append(link) } else { links.append(link) }
    }

    /// Revue marks an entry's title line with `<strong style='display: block;'>`.
    private static func isEntryTitle(_ attributes: [String: String]) -> Bool {
        let style = (attributes["style"] ?? "").lowercased().filter { !$0.isWhitespace }
        return style.contains("display:block")
    }
}
