/// A term the analyzer emits, with the byte range of the original text it stands for.
public struct Token: Equatable, Sendable, CustomStringConvertible {
    /// The normalized term as indexed.
    public var term: String
    /// UTF-8 byte offset of the first original byte.
    public var start: Int
    /// UTF-8 byte offset one past the last original byte.
    public var end: Int
    /// Token position; a colocated token shares the position of the token before it.
    public var position: Int
    /// FTS5's `FTS5_TOKEN_COLOCATED`: an alternative at the same position, not a new word.
    public var isColocated: Bool

    public init(term: String, start: Int, end: Int, position: Int, isColocated: Bool = false) {
        self.term = term
        self.start = start
        self.end = end
        self.position = position
        self.isColocated = isColocated
    }

    public var description: String {
        "\(term)@\(position)[\(start),\(end))\(isColocated ? "+" : "")"
    }
}

/// Why text is analyzed: documents index every n-gram, queries emit the shortest chain that
/// still pins a contiguous match.
public enum AnalysisMode: Sendable {
    case document
    case query
}
