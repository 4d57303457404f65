/// Builds `Item`s from the pieces the Revue segmenter gathered, applying the shared rules for titles and links.
enum RevueItemBuilder {
    /// An entry from a block holding a title strong: the strong's first link is the title and the URL.
    static func entry(from block: RevueBlock, section: (name: String, raw: String)) -> Item {
        let titleLink = block.titleLinks.first { CanonicalURL.canonicalize($0.href) != nil } ?? block.titleLinks.first
        let url = titleLink.flatMap { CanonicalURL.canonicalize($0.href) }
        let title = [titleLink?.text ?? "", block.strongTitle, url ?? ""].first { !$0.isEmpty } ?? ""
        return Item(
            kind: .entry, section: section.name, rawSection: section.raw, title: title, url: url,
            links: ItemLinks.canonical([url].compactMap { $0 } + block.links.map(\.href)),
            domain: url.flatMap(CanonicalURL.domain(of:)), description: block.descriptionText, commentary: "")
    }

    /// A news paragraph: its first link names it and is its URL; without a link, its opening words name it.
    static func paragraph(text: String, links: [RevueBlock.Link], section: (name: String, raw: String)) -> Item {
        let first = links.first { CanonicalURL.canonicalize($0.href) != nil }
        let url = first.flatMap { CanonicalURL.canonicalize($0.href) }
        let title = first.map(\.text).flatMap { $0.isEmpty ? nil : $0 } ?? openingWords(of: text)
        return Item(
            kind: .paragraph, section: section.name, rawSection: section.raw, title: title, url: url,
            links: ItemLinks.canonical(links.map(\.href)), domain: url.flatMap(CanonicalURL.domain(of:)),
            description: "", commentary: text)
    }

    /// An embedded video or tweet; its URL is all the export keeps of it, so the URL is also its title.
    static func embed(url raw: String, section: (name: String, raw: String)) -> Item? {
        guard let url = CanonicalURL.canonicalize(raw) else { return nil }
        return Item(
            kind: .embed, section: section.name, rawSection: section.raw, title: url, url: url, links: [url],
            domain: CanonicalURL.domain(of: url), description: "", commentary: "")
    }

    /// Appends a commentary paragraph and its links to the entry or embed it follows.
    static func attach(commentary: String, links: [RevueBlock.Link], to item: inout Item) {
        item.commentary = item.commentary.isEmpty ? commentary : item.commentary + " " + commentary
        item.links = ItemLinks.canonical(item.links + links.map(\.href))
    }

    /// The first 40 characters of a paragraph, cut at a space when one is near the end, for a title.
    static func openingWords(of text: String, limit: Int = 40) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit * 3 / 4 {
            return String(cut[..<space])
        }
        return String(cut)
    }
}
