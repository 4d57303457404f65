import Foundation
import KNFeeds
import KNIngest

/// Brings the archive in step with every subscribed feed: fetch (conditionally), parse, archive
/// new and changed entries, record the validators. What `kn-index update` runs before indexing.
///
/// A feed that fails is reported in its result and skipped; the others go on. Feeds are fetched one
/// after another under the feeds lock, so two overlapping runs never write the same archive at once.
public struct FeedSynchronizer {
    /// Where the subscriptions and the archive are.
    public let location: FeedLocation
    /// How each feed is fetched.
    public var fetcher: FeedFetcher
    /// The clock, for timestamps and the day of undated entries.
    public var now: () -> Date = Date.init

    /// A synchroniser for the feeds of `location`.
    public init(location: FeedLocation, fetcher: FeedFetcher) {
        self.location = location
        self.fetcher = fetcher
    }

    /// Synchronises every subscribed feed in order; `checkpoint` runs before each feed and may throw
    /// to stop (an interrupt), `shouldCancel` aborts a fetch under way, `completed` hears each result.
    ///
    /// Throws only when the subscriptions cannot be read or written; without a subscriptions file it
    /// does nothing (and creates no file).
    public func synchronize(
        checkpoint: () throws -> Void = {}, shouldCancel: () -> Bool = { false },
        completed: (FeedSyncResult) -> Void = { _ in }
    ) throws -> [FeedSyncResult] {
        guard FileManager.default.fileExists(atPath: location.subscriptionsPath) else { return [] }
        let lock = try FileLock(path: location.lockPath)
        defer { withExtendedLifetime(lock) {} }
        var subscriptions = try FeedSubscriptions.load(location)
        var results: [FeedSyncResult] = []
        for index in subscriptions.feeds.indices {
            try checkpoint()
            var feed = subscriptions.feeds[index]
            let outcome = synchronize(&feed, shouldCancel: shouldCancel)
            if shouldCancel() { try checkpoint() }
            let result = FeedSyncResult(name: feed.name, url: feed.url, outcome: outcome)
            subscriptions.feeds[index] = feed
            // Saved after every feed, so an interrupted run keeps the validators already learnt.
            try subscriptions.save(location)
            results.append(result)
            completed(result)
        }
        return results
    }

    /// Fetches and archives one feed, updating its validators and timestamps.
    private func synchronize(_ feed: inout FeedSubscription, shouldCancel: () -> Bool) -> FeedSyncResult.Outcome {
        let started = FeedSubscriptions.timestamp(now())
        feed.lastChecked = started
        guard let url = URL(string: feed.url) else {
            feed.lastError = "not a valid address"
            return .failed("not a valid address")
        }
        let outcome = fetchAndArchive(feed, url: url, shouldCancel: shouldCancel)
        switch outcome.result {
        case .failed(let reason):
            feed.lastError = reason
        case .archived(let counts):
            feed.lastError = nil
            // Validators are kept only once the entries are safely archived: after a failed write the
            // next run must fetch the whole feed again, not get a 304.
            feed.etag = outcome.etag
            feed.lastModified = outcome.lastModified
            if counts.added + counts.changed > 0 { feed.lastChanged = started }
        case .notModified:
            feed.lastError = nil
        }
        return outcome.result
    }

    private func fetchAndArchive(_ feed: FeedSubscription, url: URL, shouldCancel: () -> Bool)
        -> (result: FeedSyncResult.Outcome, etag: String?, lastModified: String?)
    {
        switch fetcher.fetch(url, etag: feed.etag, lastModified: feed.lastModified, shouldCancel: shouldCancel) {
        case .notModified:
            return (.notModified, feed.etag, feed.lastModified)
        case .failed(let reason):
            return (.failed(reason), nil, nil)
        case .fetched(let body, let etag, let lastModified):
            let document: FeedDocument
            do {
                document = try FeedDocument.parse(body)
            } catch {
                return (.failed(error.reason), nil, nil)
            }
            let archiver = FeedArchiver(
                folder: location.archiveFolder(forFeedNamed: feed.name), feedName: feed.name, feedURL: feed.url, now: now())
            do {
                return (.archived(try archiver.archive(document.entries)), etag, lastModified)
            } catch {
                return (.failed(error.message), nil, nil)
            }
        }
    }
}
