/// What the reader asked for.
public struct SearchRequest: Sendable {
    /// The order of hits.
    public enum Sort: String, CaseIterable, Sendable {
        case relevance, newest, oldest
    }

    public var query: String
    public var limit: Int
    public var offset: Int
    public var sort: Sort
    /// A topic every hit must be tagged with (`--topic`), given apart from the query text so
    /// names with spaces need no quoting.
    public var topic: String?

    public init(query: String, limit: Int = 10, offset: Int = 0, sort: Sort = .relevance, topic: String? = nil) {
        self.query = query
        self.topic = topic
        self.limit = limit
        self.offset = offset
        self.sort = sort
    }
}
