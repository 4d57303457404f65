import Foundation

/// What one conditional GET of a feed gave.
public enum FeedFetchResult: Sendable, Equatable {
    /// 304: the feed is unchanged since the validators sent.
    case notModified
    /// 2xx with a body, and the validators to send next time.
    case fetched(body: Data, etag: String?, lastModified: String?)
    /// Anything else, as one line (`HTTP 500 Internal Server Error`, `timed out after 20 s`).
    case failed(String)
}
