import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock(2)` on a lock file, held until the value is released; the kernel drops it
/// when the process dies, so a killed run never blocks the next one.
public final class FileLock {
    private let descriptor: Int32

    /// Waits until the lock at `path` is free and takes it (creating the file when missing).
    public init(path: String) throws(FeedError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FeedError("cannot open lock file \(path): \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw FeedError("cannot lock \(path): \(reason)")
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
