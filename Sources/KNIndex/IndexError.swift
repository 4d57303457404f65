/// Why an index operation could not go on; each case reads as one line with the fix.
public enum IndexError: Error, CustomStringConvertible, Sendable {
    /// No index file at the path.
    case missing(path: String)
    /// Another writer holds the lock.
    case locked(pid: Int32?)
    /// The index was built by another analyzer or schema version.
    case needsRebuild(reason: String)
    /// A SOURCE given on the command line does not exist.
    case missingSource(path: String)
    /// The index file cannot be opened or is not a kn index.
    case unreadable(path: String, reason: String)
    /// A signal asked the writer to stop; nothing was published.
    case interrupted(signal: Int32)

    public var description: String {
        switch self {
        case .missing(let path):
            "no index at \(path); build it with `kn-index rebuild [SOURCE ...]`"
        case .locked(let pid):
            "index is being updated by \(pid.map { "pid \($0)" } ?? "another process"); try again later"
        case .needsRebuild(let reason):
            "\(reason); run `kn-index rebuild`"
        case .missingSource(let path):
            "\(path): no such file or directory"
        case .unreadable(let path, let reason):
            "\(path): \(reason)"
        case .interrupted(let signal):
            "interrupted by signal \(signal); the previous index is unchanged"
        }
    }
}
