import ArgumentParser
import Foundation
import KNCLI
import KNFeeds

/// `kn-index feed add URL [--name NAME]`: subscribe to a feed.
struct FeedAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Subscribe to an RSS or Atom feed; the next update fetches it.",
        discussion: """
            NAME defaults to a slug of the feed's host and path; names are unique
            and name the archive folder <index folder>/feeds/NAME.
            """)

    @OptionGroup var index: IndexOptions

    @Option(name: .long, help: "Name of the feed and of its archive folder (default: made from the URL).")
    var name: String?

    @Argument(help: "The feed's address (http:// or https://).")
    var url: String

    func run() throws {
        let location = FeedLocation(indexPath: index.location.path)
        let subscription = try FeedSubscriptions.modify(location) { subscriptions throws(FeedError) in
            try subscriptions.add(url, name: name)
        }
        print("subscribed \(subscription.name) (\(subscription.url)); kn-index update archives it in "
            + location.archiveFolder(forFeedNamed: subscription.name))
    }
}
