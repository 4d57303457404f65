/// A problem with one input file, named by its path: fatal when thrown, non-fatal when listed as a warning.
public struct IngestError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file (or folder) the problem is about, as given by the caller.
    public let path: String
    /// What went wrong, one line, lower-case start (`empty file`, `binary file (…)`).
    public let reason: String

    /// Creates an error about `path`; line breaks in `reason` are flattened so that the message stays one line.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The one-line message `PATH: reason`.
    public var description: String { "\(path): \(reason)" }
}
