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

    public var kind: Kind
    /// Normalised section name (`News`, `Competitions`, `Articles`, …).
    public var section: String
    /// The section header exactly as written, entities decoded.
    public var rawSection: String
    public var title: String
    /// Canonical primary link: the title link of an entry, the first link of a paragraph, the embed URL.
    public var url: String?
    /// Every link of the item, canonical, in order of appearance, without repeats.
    public var links: [String]
    /// Host of `url` without a leading `www.`.
    public var domain: String?
    public var description: String
    public var commentary: String

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
