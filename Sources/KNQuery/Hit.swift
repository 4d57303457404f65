/// One search result as kn-search prints it; the JSON field names are the documented schema.
public struct Hit: Codable, Equatable, Sendable {
    /// Bumped whenever a field is renamed or removed (adding fields keeps it).
    public static let schemaVersion = 1

    public var schema = Hit.schemaVersion
    public var rank: Int
    /// Higher is better (negated BM25 plus bonuses).
    public var score: Double
    public var issue: Int?
    public var issueTitle: String
    public var date: String?
    public var section: String
    public var kind: String
    public var title: String
    public var url: String?
    public var links: [String]
    public var domain: String?
    /// A short passage of the original text around the best match.
    public var snippet: String
    /// `[start, end]` UTF-8 byte offsets of each match inside `snippet`.
    public var highlights: [[Int]]
    public var commentary: String
    /// Other issues that carry the same link entry, merged into this hit.
    public var alsoIn: [Int]
    public var topics: [String]

    enum CodingKeys: String, CodingKey {
        case schema, rank, score, issue, issueTitle = "issue_title", date, section, kind, title, url, links, domain
        case snippet, highlights, commentary, alsoIn = "also_in", topics
    }

    /// Writes every field, absent values as `null`, so each line of `--json` has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(rank, forKey: .rank)
        try container.encode(score, forKey: .score)
        try container.encode(issue, forKey: .issue)
        try container.encode(issueTitle, forKey: .issueTitle)
        try container.encode(date, forKey: .date)
        try container.encode(section, forKey: .section)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(url, forKey: .url)
        try container.encode(links, forKey: .links)
        try container.encode(domain, forKey: .domain)
        try container.encode(snippet, forKey: .snippet)
        try container.encode(highlights, forKey: .highlights)
        try container.encode(commentary, forKey: .commentary)
        try container.encode(alsoIn, forKey: .alsoIn)
        try container.encode(topics, forKey: .topics)
    }
}
