import Foundation

/// Where the index lives: `--db`, else `$KN_DB`, else `$XDG_DATA_HOME/kn/index.sqlite`, else
/// `~/.local/share/kn/index.sqlite` (the XDG base directory default).
public struct IndexLocation: Sendable, Equatable {
    /// The index database file.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The location chosen by an explicit path or, without one, the environment.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> IndexLocation
    {
        if let explicit, !explicit.isEmpty { return IndexLocation(path: explicit) }
        if let fromEnvironment = environment["KN_DB"], !fromEnvironment.isEmpty {
            return IndexLocation(path: fromEnvironment)
        }
        // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return IndexLocation(path: dataHome + "/kn/index.sqlite")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return IndexLocation(path: home + "/.local/share/kn/index.sqlite")
    }

    /// The advisory lock file next to the index, held by the one writer.
    public var lockPath: String { path + ".lock" }

    /// Where `rebuild` builds the new index before publishing it.
    public var buildingPath: String { path + ".building" }

    /// Whether the index file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }
}
