import Foundation

/// Reads and parses files on a second thread while the writer inserts, handing them over in
/// file order, at most `capacity` files ahead.
///
/// Parsing was half of a rebuild and needs no database, so it runs beside the writer on the
/// second core. The order is the sequential order, so rowids, reports and the index are those of
/// a run that parsed each file just before inserting it; the bound keeps memory to a few files.
/// A writer that stops early (a signal, a database error) calls `stop`, which lets the thread
/// finish the file it is on and waits for it.
final class ParseAhead: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    // Guarded by `condition`.
    private var ready: [ParsedFile] = []
    private var readerDone = false
    private var stopRequested = false
    private let finished = DispatchSemaphore(value: 0)

    /// Starts reading `files` in order.
    init(_ files: [URL], capacity: Int = 16) {
        self.capacity = capacity
        let thread = Thread { [self] in read(files) }
        // As much stack as the main thread, which parsed files before.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next file in order; nil after the last one.
    func next() -> ParsedFile? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !readerDone { condition.wait() }
        guard !ready.isEmpty else { return nil }
        condition.broadcast()
        return ready.removeFirst()
    }

    /// Stops reading after the current file and waits for the thread to end; call it once.
    func stop() {
        condition.lock()
        stopRequested = true
        condition.broadcast()
        condition.unlock()
        finished.wait()
    }

    private func read(_ files: [URL]) {
        defer {
            condition.lock()
            readerDone = true
            condition.broadcast()
            condition.unlock()
            finished.signal()
        }
        for url in files {
            condition.lock()
            while ready.count >= capacity && !stopRequested { condition.wait() }
            let stopping = stopRequested
            condition.unlock()
            if stopping { return }
            let parsed = ParsedFile.read(url)
            condition.lock()
            ready.append(parsed)
            condition.broadcast()
            condition.unlock()
        }
    }
}
