/// A query kn cannot run, with the 1-based column of the offending text.
public struct QueryError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String
    public let column: Int

    public init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "\(message) at column \(column)" }
}
