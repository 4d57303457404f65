import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches one feed with a conditional GET through `URLSession` (FoundationNetworking on Linux):
/// a deadline, kn's `User-Agent`, at most `maximumRedirects` redirects, gzip accepted and
/// decoded by `URLSession`, and the download aborted past `maximumBytes`.
///
/// `URLSession` rather than AsyncHTTPClient: one GET per feed does not justify SwiftNIO's build.
public struct FeedFetcher: Sendable {
    /// kn's version as sent in the `User-Agent`.
    public static let version = "0.1.0"
    /// What the `User-Agent` says kn is, for feed publishers reading their logs (kn has no
    /// public home page to link to yet).
    public static let purpose = "newsletter archive search"
    /// The `User-Agent` header: `kn/0.1.0 (newsletter archive search)`.
    public static let userAgent = "kn/\(version) (\(purpose))"
    /// Responses larger than this (50 MB) are aborted: no newsletter feed is that large.
    public static let defaultMaximumBytes = 50 * 1024 * 1024
    /// Redirects followed before giving up.
    public static let maximumRedirects = 5

    /// Seconds the whole request may take, connection to last byte.
    public var timeout: Double
    /// Bytes of body accepted before the download is aborted.
    public var maximumBytes: Int

    /// A fetcher with the given deadline (default 20 s) and size cap (default 50 MB).
    public init(timeout: Double = 20, maximumBytes: Int = FeedFetcher.defaultMaximumBytes) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
    }

    /// GETs `url`, sending `If-None-Match`/`If-Modified-Since` from the last response's validators.
    ///
    /// Blocks until the response, the deadline or `shouldCancel()` (polled every 0.1 s) returning true.
    public func fetch(
        _ url: URL, etag: String? = nil, lastModified: String? = nil, shouldCancel: () -> Bool = { false }
    ) -> FeedFetchResult {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        // No cache of our own: a 304 must reach us as a 304, and the validators live in the feeds file.
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieAcceptPolicy = .never
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue(
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1",
            forHTTPHeaderField: "Accept")
        // Accept-Encoding is left to URLSession, which offers gzip and decodes only what it offered.
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }

        let delegate = FeedFetchDelegate(maximumBytes: maximumBytes, maximumRedirects: Self.maximumRedirects)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let task = session.dataTask(with: request)
        task.resume()
        // Our own deadline as well as URLSession's: its timeouts are idle timeouts on some platforms,
        // and a server trickling one byte a second must not hold cron for ever.
        let deadline = Date().addingTimeInterval(timeout)
        while !delegate.waitForCompletion(seconds: 0.1) {
            if shouldCancel() {
                task.cancel()
                return .failed("interrupted")
            }
            if Date() >= deadline {
                delegate.abort("timed out after \(Self.seconds(timeout))")
                task.cancel()
                break
            }
        }
        return result(delegate.outcome(waitingUpTo: 2), url: url)
    }

    /// Turns what the delegate saw into a result.
    private func result(_ outcome: FeedFetchDelegate.Outcome, url: URL) -> FeedFetchResult {
        if let reason = outcome.abortReason { return .failed(reason) }
        if let error = outcome.error { return .failed(describe(error, url: url)) }
        guard let response = outcome.response as? HTTPURLResponse else {
            return .failed("no HTTP response")
        }
        let status = response.statusCode
        if status == 304 { return .notModified }
        guard (200..<300).contains(status) else {
            if (300..<400).contains(status), outcome.redirects >= Self.maximumRedirects {
                return .failed("more than \(Self.maximumRedirects) redirects")
            }
            return .failed("HTTP \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))")
        }
        guard !outcome.body.isEmpty else { return .failed("HTTP \(status) with an empty body") }
        return .fetched(
            body: outcome.body, etag: header("ETag", in: response), lastModified: header("Last-Modified", in: response))
    }

    private func header(_ name: String, in response: HTTPURLResponse) -> String? {
        let value = response.value(forHTTPHeaderField: name)?.trimmingCharacters(in: .whitespaces)
        return value?.isEmpty == false ? value : nil
    }

    /// One line for a transport error; Linux's `localizedDescription` names only a domain and a code.
    private func describe(_ error: any Error, url: URL) -> String {
        let host = url.host ?? url.absoluteString
        guard let urlError = error as? URLError else { return (error as NSError).localizedDescription }
        switch urlError.code {
        case .timedOut: return "timed out after \(Self.seconds(timeout))"
        case .cannotFindHost, .dnsLookupFailed: return "cannot resolve host \(host)"
        case .cannotConnectToHost: return "cannot connect to \(host) (connection refused)"
        case .networkConnectionLost: return "connection to \(host) lost"
        case .notConnectedToInternet: return "not connected to the internet"
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return "too many redirects or a bad redirect"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return "TLS connection to \(host) failed (\(urlError.localizedDescription))"
        case .unsupportedURL: return "unsupported address"
        default: return "\(urlError.localizedDescription) (URL error \(urlError.code.rawValue))"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
