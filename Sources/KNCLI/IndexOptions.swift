import ArgumentParser
import Foundation
import KNIndex

/// `--db PATH`, shared by every command.
public struct IndexOptions: ParsableArguments {
    @Option(name: .long, help: "Index file (default: $KN_DB, else $XDG_DATA_HOME/kn/index.sqlite, else ~/.local/share/kn/index.sqlite).")
    var db: String?

    public init() {}

    var location: IndexLocation { IndexLocation.resolve(explicit: db) }
}

/// The sources a rebuild uses when none are given: those recorded by the last rebuild, else `./Corpus`.
enum DefaultSources {
    static func resolve(_ given: [String], location: IndexLocation) -> [String] {
        if !given.isEmpty { return given.map(absolute) }
        let recorded = IndexDatabase.recordedSources(location)
        return recorded.isEmpty ? [absolute("Corpus")] : recorded
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
