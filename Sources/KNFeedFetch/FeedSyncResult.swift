import KNFeeds

/// What synchronising one subscribed feed came to.
public struct FeedSyncResult: Sendable, Equatable {
    /// How the fetch ended.
    public enum Outcome: Sendable, Equatable {
        /// The server answered 304 to the conditional request: nothing to do.
        case notModified
        /// The feed was read and its entries archived.
        case archived(FeedArchiver.Counts)
        /// The feed was skipped; one line saying why.
        case failed(String)
    }

    /// The feed's name and address.
    public let name: String
    public let url: String
    /// How it ended.
    public let outcome: Outcome

    /// Creates a result.
    public init(name: String, url: String, outcome: Outcome) {
        self.name = name
        self.url = url
        self.outcome = outcome
    }

    /// Whether the feed was skipped.
    public var failed: Bool {
        if case .failed = outcome { return true }
        return false
    }

    /// One line: `feed NAME (URL): reason` for a failure, else what was archived.
    public var line: String {
        switch outcome {
        case .failed(let reason): "feed \(name) (\(url)): \(reason)"
        case .notModified: "feed \(name): not modified"
        case .archived(let counts):
            "feed \(name): \(counts.added) new, \(counts.changed) changed, \(counts.unchanged) unchanged entries"
        }
    }
}
