import ArgumentParser
import Foundation
import KNCLI
import KNFeeds

/// `kn-index feed remove NAME|URL`: unsubscribe; the archived entries stay.
struct FeedRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Unsubscribe from a feed (its archived entries stay indexed).",
        discussion: """
            The entries already archived in <index folder>/feeds/NAME stay, and
            stay indexed; delete that folder and run kn-index update to drop them
            from the index too.
            """)

    @OptionGroup var index: IndexOptions

    @Argument(help: "The feed's name or address.")
    var feed: String

    func run() throws {
        let location = FeedLocation(indexPath: index.location.path)
        let removed = try FeedSubscriptions.modify(location) { subscriptions throws(FeedError) in
            try subscriptions.remove(feed)
        }
        let folder = location.archiveFolder(forFeedNamed: removed.name)
        var message = "unsubscribed \(removed.name) (\(removed.url))"
        if FileManager.default.fileExists(atPath: folder) {
            message += "; its archived entries stay in \(folder) (delete it to drop them from the index)"
        }
        print(message)
    }
}
