import Foundation

/// Where feed subscriptions and archived entries live, derived from the index path.
///
/// Neither is inside the SQLite index, because `kn-index rebuild` replaces the index wholesale:
/// the subscriptions file sits beside it (`index.sqlite.feeds.json`) and the archive in the
/// index's folder (`feeds/NAME/…xml`), which both `rebuild` and `update` index as a source.
public struct FeedLocation: Sendable, Equatable {
    /// The index database file, absolute.
    public let indexPath: String

    /// The location for the index at `indexPath` (made absolute).
    public init(indexPath: String) {
        self.indexPath = URL(fileURLWithPath: indexPath).standardizedFileURL.path
    }

    /// `<index path>.feeds.json`: the subscriptions and their last validators.
    public var subscriptionsPath: String { indexPath + ".feeds.json" }

    /// Serialises the writers of the subscriptions file and the archive (`feed add` and `update`).
    public var lockPath: String { subscriptionsPath + ".lock" }

    /// `<index folder>/feeds`: one folder of archived entries per feed.
    public var archiveFolder: String {
        URL(fileURLWithPath: indexPath).deletingLastPathComponent().appendingPathComponent("feeds").path
    }

    /// The archive folder of the feed named `name`.
    public func archiveFolder(forFeedNamed name: String) -> String {
        URL(fileURLWithPath: archiveFolder).appendingPathComponent(name).path
    }
}
