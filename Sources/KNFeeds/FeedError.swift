/// A problem with the feed subscriptions or the archive that stops a `kn-index feed` command: one line.
public struct FeedError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, one line, lower-case start.
    public let message: String

    /// Creates an error; line breaks are flattened so that the message stays one line.
    public init(_ message: String) {
        self.message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The message itself.
    public var description: String { message }
}
