/// One searchable unit of an issue: a link entry, a news paragraph or an embed.
public struct Item: Codable, Equatable, Sendable {
    /// What shape the item had in the newsletter.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A title link with its domain line, description and the commentary that follows.
        case entry
        /// A paragraph of a News/Competitions-style section.
        case paragraph
        /// An `[embed URL]` or `[tweet URL]` block with its commentary.
        case embed
    }

    /// The item's shape: entry, paragraph or embed.
    public var kind: Kind
    /// Normalised section name (`News`, `Competitions`, `Articles`, …).
    public var section: String
    /// The section header exactly as written, entities decoded.
    public var rawSection: String
    /// The link text of an entry or paragraph (a paragraph without link: its opening words; an embed: its URL).
    public var title: String
    /// Canonical primary link: the title link of an entry, the first link of a paragraph, the embed URL.
    public var url: String?
    /// Every link of the item, canonical, in order of appearance, without repeats.
    public var links: [String]
    /// Host of `url` without a leading `www.`.
    public var domain: String?
    /// The linked page's own summary as the newsletter quotes it (Revue entries); empty for other kinds.
    public var description: String
    /// The editor's text: an entry's or embed's comment, or a paragraph's whole text.
    public var commentary: String

    /// Creates an item from its parts.
    public init(
        kind: Kind, section: String, rawSection: String, title: String, url: String?,
        links: [String], domain: String?, description: String, commentary: String
    ) {
        self.kind = kind
        self.section = section
        self.rawSection = rawSection
        self.title = title
        self.url = url
        self.links = links
        self.domain = domain
        self.description = description
        self.commentary = commentary
    }
}
