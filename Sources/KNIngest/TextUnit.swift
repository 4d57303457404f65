/// One paragraph-like piece of a generic newsletter (an HTML `<p>`/`<li>`, a Markdown paragraph or list
/// item) with its links, before it is decided whether it is an item, a commentary or a header.
struct TextUnit {
    /// A link of the unit: raw href (not yet canonical) and its text.
    struct Link: Equatable {
        var href: String
        var text: String
    }

    /// The unit's text, whitespace collapsed.
    var text: String
    /// The links in order of appearance.
    var links: [Link]
    /// True when the unit opens with its first link (`[title](url): note`, `<li><a>title</a> — note</li>`).
    var startsWithLink: Bool
    /// The text after the first link, for the note of an entry.
    var textAfterFirstLink: String
}

/// Builds a `TextUnit` from text runs and links as a parser meets them.
struct TextUnitBuilder {
    private var full = TextBuffer()
    private var afterFirstLink = TextBuffer()
    private var links: [TextUnit.Link] = []
    private var openLink: (href: String, text: TextBuffer)?
    private var textBeforeFirstLink = false

    /// Appends text outside or inside the open link.
    mutating func append(_ text: String) {
        full.append(text)
        if openLink != nil {
            openLink?.text.append(text)
        } else if links.isEmpty {
            if text.contains(where: { !$0.isWhitespace }) { textBeforeFirstLink = true }
        } else {
            afterFirstLink.append(text)
        }
    }

    /// A block boundary inside the unit (`<br>`, a line break), read as a space.
    mutating func appendBreak() {
        full.appendBreak()
        openLink?.text.appendBreak()
        if !links.isEmpty { afterFirstLink.appendBreak() }
    }

    /// Starts a link; a link still open is closed first (tag soup).
    mutating func openLink(href: String) {
        closeLink()
        openLink = (href, TextBuffer())
    }

    /// Ends the open link, if any.
    mutating func closeLink() {
        guard let link = openLink else { return }
        openLink = nil
        links.append(TextUnit.Link(href: link.href, text: link.text.text))
    }

    /// Adds a complete link (Markdown parses link text and destination together).
    mutating func appendLink(href: String, text: String) {
        openLink(href: href)
        append(text)
        closeLink()
    }

    /// The finished unit.
    mutating func build() -> TextUnit {
        closeLink()
        return TextUnit(
            text: full.text, links: links, startsWithLink: !links.isEmpty && !textBeforeFirstLink,
            textAfterFirstLink: afterFirstLink.text)
    }
}
