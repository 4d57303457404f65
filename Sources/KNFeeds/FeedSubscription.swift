/// One subscribed feed as stored in the subscriptions file, with what the last fetch learned.
public struct FeedSubscription: Codable, Sendable, Equatable {
    /// The unique name; also the archive folder's name.
    public var name: String
    /// The feed's address (`http` or `https`).
    public var url: String
    /// When it was subscribed (ISO 8601, UTC).
    public var added: String?
    /// The last 200 response's `ETag`, sent back as `If-None-Match`.
    public var etag: String?
    /// The last 200 response's `Last-Modified`, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// When the feed was last fetched, successfully or not (ISO 8601, UTC).
    public var lastChecked: String?
    /// When a fetch last archived a new or changed entry (ISO 8601, UTC).
    public var lastChanged: String?
    /// Why the last fetch failed; nil after a success.
    public var lastError: String?

    /// A new subscription with nothing fetched yet.
    public init(name: String, url: String, added: String?) {
        self.name = name
        self.url = url
        self.added = added
    }

    enum CodingKeys: String, CodingKey {
        case name, url, added, etag
        case lastModified = "last_modified"
        case lastChecked = "last_checked"
        case lastChanged = "last_changed"
        case lastError = "last_error"
    }
}
