import ArgumentParser

/// `kn-index`: build and maintain the index.
public struct IndexCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kn-index",
        abstract: "Build and maintain the kn search index.",
        subcommands: [RebuildCommand.self])

    public init() {}
}
