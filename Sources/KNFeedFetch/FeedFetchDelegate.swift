import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives one data task's events: counts redirects, collects the body up to the size cap, and
/// records the response, the error or why it was aborted. URLSession calls it on its own queue,
/// the fetcher reads it from the caller's thread, so every field is guarded by a lock.
final class FeedFetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Everything the task produced.
    struct Outcome {
        var response: URLResponse?
        var body = Data()
        var error: (any Error)?
        var redirects = 0
        /// Set when kn stopped the task itself (size cap, deadline); takes precedence over `error`.
        var abortReason: String?
    }

    private let maximumBytes: Int
    private let maximumRedirects: Int
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var state = Outcome()
    private var isFinished = false

    init(maximumBytes: Int, maximumRedirects: Int) {
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }

    /// Waits up to `seconds` for the task to end; true when it has.
    func waitForCompletion(seconds: Double) -> Bool {
        if lock.withLock({ isFinished }) { return true }
        guard finished.wait(timeout: .now() + seconds) == .success else { return false }
        finished.signal()  // later waiters see it too
        return true
    }

    /// Records why kn stops the task; the first reason wins.
    func abort(_ reason: String) {
        lock.withLock {
            if state.abortReason == nil { state.abortReason = reason }
        }
    }

    /// The outcome, after waiting up to `seconds` for the task to end (it does soon after a cancel).
    func outcome(waitingUpTo seconds: Double) -> Outcome {
        _ = waitForCompletion(seconds: seconds)
        return lock.withLock { state }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let follow = lock.withLock {
            state.redirects += 1
            return state.redirects <= maximumRedirects
        }
        // nil: the redirect response itself becomes the task's response, reported as too many redirects.
        completionHandler(follow ? request : nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        lock.withLock { state.response = response }
        // A declared length over the cap is refused before a byte of the body is read.
        if response.expectedContentLength > Int64(maximumBytes) {
            abort(tooLarge)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overCap = lock.withLock {
            guard state.abortReason == nil else { return false }
            state.body.append(data)
            return state.body.count > maximumBytes
        }
        if overCap {
            abort(tooLarge)
            lock.withLock { state.body = Data() }
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock {
            state.error = error
            if state.response == nil { state.response = task.response }
            isFinished = true
        }
        finished.signal()
    }

    private var tooLarge: String { "response larger than \(maximumBytes / (1024 * 1024)) MB; download aborted" }
}
