import ArgumentParser
import Foundation
import KNFeeds
import KNIndex

/// `--db PATH`, shared by every command.
public struct IndexOptions: ParsableArguments {
    @Option(name: .long, help: "Index file (default: $KN_DB, else $XDG_DATA_HOME/kn/index.sqlite, else ~/.local/share/kn/index.sqlite).")
    var db: String?

    public init() {}

    /// The index the command works on.
    public var location: IndexLocation { IndexLocation.resolve(explicit: db) }
}

/// The sources a rebuild uses when none are given: those recorded by the last rebuild, else `./Corpus`;
/// plus, always, the feed archive (`<index folder>/feeds`) when it exists.
public enum DefaultSources {
    /// The sources to index: `given` made absolute, else the recorded ones, else `./Corpus`; plus the feed archive.
    public static func resolve(_ given: [String], location: IndexLocation) -> [String] {
        let archive = FeedLocation(indexPath: location.path).archiveFolder
        let hasArchive = FileManager.default.fileExists(atPath: archive)
        var sources: [String]
        if !given.isEmpty {
            sources = given.map(absolute)
        } else {
            // The archive is recorded like any source; it is added back below only while it exists.
            let recorded = IndexDatabase.recordedSources(location)
            sources = recorded.filter { $0 != archive }
            if recorded.isEmpty {
                let corpus = absolute("Corpus")
                // A machine that only follows feeds (cron runs in $HOME) has no ./Corpus to fall back on.
                let feedsOnly = hasArchive && !FileManager.default.fileExists(atPath: corpus)
                sources = feedsOnly ? [] : [corpus]
            }
        }
        guard hasArchive else { return sources }
        // Archived entries are indexed exactly once: a SOURCE inside the archive is covered by it,
        // and a SOURCE holding the archive already includes it.
        sources.removeAll { $0.hasPrefix(archive + "/") }
        if !sources.contains(where: { archive == $0 || archive.hasPrefix($0 + "/") }) { sources.append(archive) }
        return sources
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
