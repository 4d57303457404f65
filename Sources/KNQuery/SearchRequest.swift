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

    public init(query: String, limit: Int = 10, offset: Int = 0, sort: Sort = .relevance) {
        self.query = query
        self.limit = limit
        self.offset = offset
        self.sort = sort
    }
}
