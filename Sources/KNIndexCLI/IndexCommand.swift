import ArgumentParser

/// `kn-index`: build and maintain the index.
public struct IndexCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kn-index",
        abstract: "Build and maintain the kn search index.",
        discussion: """
            The index lives at --db, else $KN_DB, else $XDG_DATA_HOME/kn/index.sqlite, else
            ~/.local/share/kn/index.sqlite. kn-search reads it while kn-index writes.

            Examples:
              kn-index rebuild ~/newsletters/weekly-kaggle-news  # from scratch
              kn-index update --quiet --wait 60                  # cron: changed files only
              kn-index check && kn-index stats                   # sound? what is in it?
              kn-search 自己教師あり学習                         # then search it
            """,
        subcommands: [RebuildCommand.self, UpdateCommand.self, CheckCommand.self, StatsCommand.self, FeedCommand.self, TokenizeCommand.self])

    public init() {}
}
