import ArgumentParser
import Foundation
import KNCLI
import KNFeeds

/// `kn-index feed list [--json]`: the subscriptions and how their last fetch went.
struct FeedListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the subscribed feeds and how their last fetch went.")

    @OptionGroup var index: IndexOptions

    @Flag(name: .long, help: "Print one JSON object (see README) instead of a table.")
    var json = false

    func run() throws {
        let location = FeedLocation(indexPath: index.location.path)
        let feeds = try FeedSubscriptions.load(location).feeds
        if json {
            print(try FeedListJSON.encode(feeds, location: location))
        } else if feeds.isEmpty {
            Diagnostics.line("kn-index", "no feeds; subscribe with: kn-index feed add URL")
        } else {
            for feed in feeds {
                let status = feed.lastError.map { "failed: \($0)" }
                    ?? feed.lastChecked.map { "ok, checked \($0)" } ?? "not fetched yet"
                print("\(feed.name)\t\(feed.url)\t\(status)")
            }
        }
    }
}

/// The documented `feed list --json` object: `schema`, `file`, `archive` and `feeds`.
enum FeedListJSON {
    /// Output schema version; fields are only added, a rename or removal bumps it.
    static let schema = 1

    private struct Output: Encodable {
        let schema: Int
        let file: String
        let archive: String
        let feeds: [Feed]
    }

    /// A subscription with its archive; optionals are written as null so every key is always present.
    private struct Feed: Encodable {
        let subscription: FeedSubscription
        let archive: String
        let entries: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(subscription.name, forKey: .name)
            try container.encode(subscription.url, forKey: .url)
            try container.encode(archive, forKey: .archive)
            try container.encode(entries, forKey: .entries)
            try container.encode(subscription.added, forKey: .added)
            try container.encode(subscription.etag, forKey: .etag)
            try container.encode(subscription.lastModified, forKey: .lastModified)
            try container.encode(subscription.lastChecked, forKey: .lastChecked)
            try container.encode(subscription.lastChanged, forKey: .lastChanged)
            try container.encode(subscription.lastError, forKey: .lastError)
        }

        enum Keys: String, CodingKey {
            case name, url, archive, entries, added, etag
            case lastModified = "last_modified"
            case lastChecked = "last_checked"
            case lastChanged = "last_changed"
            case lastError = "last_error"
        }
    }

    /// One JSON object on one line.
    static func encode(_ feeds: [FeedSubscription], location: FeedLocation) throws -> String {
        let output = Output(
            schema: schema, file: location.subscriptionsPath, archive: location.archiveFolder,
            feeds: feeds.map { feed in
                let folder = location.archiveFolder(forFeedNamed: feed.name)
                let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                return Feed(
                    subscription: feed, archive: folder,
                    entries: files.filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") }.count)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }
}
