/// Turns the units and headings of a generic newsletter (Markdown, feed bodies, saved pages) into items.
///
/// Rules, mirroring what the Revue format makes explicit:
/// - a heading starts a section; a link-less unit whose whole text is a known section name is a heading too;
/// - a unit that opens with a link is an entry when it is a list item, or when only a separator and a note
///   follow the link (`<a>title</a> — note`): the link gives title and URL, the note is its commentary;
/// - any other unit with a link is a paragraph item whose first link is its URL (prose that names a link);
/// - a unit without a link continues the commentary of the entry or embed just before it, or else is a
///   paragraph item without URL (an intro, an erratum), so that no text is lost.
struct ItemAssembler {
    private(set) var items: [Item] = []
    private var section: (name: String, raw: String) = ("", "")
    private var attachTarget: Int?

    /// Starts a section named by a heading as written.
    mutating func heading(_ raw: String) {
        let text = TextBuffer.collapse(raw)
        guard !text.isEmpty else { return }
        section = (SectionName.normalize(text), text)
        attachTarget = nil
    }

    /// Adds one unit; `isListItem` marks units from list items (`<li>`, `- …`), where a leading link is an entry.
    mutating func add(_ unit: TextUnit, isListItem: Bool = false) {
        guard !unit.text.isEmpty else { return }
        let canonical = unit.links.map { CanonicalURL.canonicalize($0.href) }
        guard let firstIndex = canonical.firstIndex(where: { $0 != nil }), let url = canonical[firstIndex] else {
            addLinkless(unit.text)
            return
        }
        let links = ItemLinks.unique(canonical.compactMap { $0 })
        let domain = CanonicalURL.domain(of: url)
        let title = unit.links[firstIndex].text.isEmpty ? url : unit.links[firstIndex].text
        if unit.startsWithLink, firstIndex == 0, isListItem || Self.isNote(unit.textAfterFirstLink) {
            items.append(
                Item(
                    kind: .entry, section: section.name, rawSection: section.raw, title: title, url: url, links: links,
                    domain: domain, description: "", commentary: Self.strippingSeparator(unit.textAfterFirstLink)))
            attachTarget = items.count - 1
        } else {
            items.append(
                Item(
                    kind: .paragraph, section: section.name, rawSection: section.raw, title: title, url: url,
                    links: links, domain: domain, description: "", commentary: unit.text))
            attachTarget = nil
        }
    }

    /// Adds an embedded video or post (`<iframe src>`): its URL is its title unless the page names it.
    mutating func addEmbed(url raw: String, title: String?) {
        guard let url = CanonicalURL.canonicalize(raw) else { return }
        let name = TextBuffer.collapse(title ?? "")
        items.append(
            Item(
                kind: .embed, section: section.name, rawSection: section.raw, title: name.isEmpty ? url : name, url: url,
                links: [url], domain: CanonicalURL.domain(of: url), description: "", commentary: ""))
        attachTarget = items.count - 1
    }

    private mutating func addLinkless(_ text: String) {
        if unitIsHeading(text) { return }
        if let target = attachTarget {
            items[target].commentary = items[target].commentary.isEmpty ? text : items[target].commentary + " " + text
            return
        }
        items.append(
            Item(
                kind: .paragraph, section: section.name, rawSection: section.raw,
                title: RevueItemBuilder.openingWords(of: text), url: nil, links: [], domain: nil, description: "",
                commentary: text))
    }

    private mutating func unitIsHeading(_ text: String) -> Bool {
        guard SectionName.known(text) != nil else { return false }
        heading(text)
        return true
    }

    private static let separators: Set<Character> = [":", "：", "-", "–", "—", "―", "|", "·", "•"]

    /// True when the text after a leading link is empty or a note set off by a separator, not running prose.
    private static func isNote(_ text: String) -> Bool {
        guard let first = text.first(where: { !$0.isWhitespace }) else { return true }
        return separators.contains(first)
    }

    /// The note after an entry's link without its leading separator (`: note`, ` — note`).
    static func strippingSeparator(_ text: String) -> String {
        String(text.drop(while: { $0.isWhitespace || separators.contains($0) }))
    }
}
