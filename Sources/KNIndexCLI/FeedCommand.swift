import ArgumentParser

/// `kn-index feed`: the newsletter feeds `kn-index update` fetches and archives.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Subscribe to newsletter feeds that update fetches and archives.",
        discussion: """
            Subscriptions live in <index path>.feeds.json, beside the index and not in
            it, so a rebuild keeps them. Each `kn-index update` fetches every feed
            (unless --offline) and writes each new or changed entry as one file into
            <index folder>/feeds/NAME/, which update and rebuild then index.

            Examples:
              kn-index feed add https://weeklykagglenews.substack.com/feed
              kn-index feed add https://example.com/rss.xml --name example
              kn-index feed list
              kn-index feed remove example
            """,
        subcommands: [FeedAddCommand.self, FeedListCommand.self, FeedRemoveCommand.self])
}
