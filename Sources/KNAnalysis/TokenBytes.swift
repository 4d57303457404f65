/// A token as the analyzer's hot path emits it: the term's UTF-8 is borrowed from the analyzer
/// and valid only during the call that receives it; no `String` is made.
///
/// Building two small strings per Japanese character (unigram and bigram, UTF-8 validation and
/// all) was half of a document's analysis. The FTS5 tokenizer copies the bytes straight into
/// SQLite; `token` makes the owning `Token` for everyone else.
public struct TokenBytes {
    /// The normalized term's UTF-8, valid only until the emitting call returns.
    public let term: UnsafeBufferPointer<UInt8>
    /// UTF-8 byte offset of the first original byte.
    public let start: Int
    /// UTF-8 byte offset one past the last original byte.
    public let end: Int
    /// Token position; a colocated token shares the position of the token before it.
    public let position: Int
    /// FTS5's `FTS5_TOKEN_COLOCATED`: an alternative at the same position, not a new word.
    public let isColocated: Bool

    /// The same token with its term copied into a `String`.
    public var token: Token {
        Token(
            term: String(decoding: term, as: UTF8.self), start: start, end: end, position: position,
            isColocated: isColocated)
    }
}
