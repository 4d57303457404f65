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
}
