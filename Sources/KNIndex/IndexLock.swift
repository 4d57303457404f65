import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer lock: an advisory `flock` on a file next to the index, holding the writer's pid.
///
/// The kernel drops a `flock` when its process dies, however it dies, so a killed writer never
/// leaves a lock that blocks the next one; the pid in the file is only for the message.
public final class IndexLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock, waiting up to `wait` seconds (nil: fail at once) for another writer.
    public static func acquire(at path: String, wait: Double? = nil) throws -> IndexLock {
        let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw IndexError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let deadline = Date().addingTimeInterval(wait ?? 0)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let holder = holderPID(descriptor)
                close(descriptor)
                throw IndexError.locked(pid: holder)
            }
            usleep(50_000)
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.utf8.count, 0)
        return IndexLock(descriptor: descriptor)
    }

    /// The pid written by the holder, if that process is alive: the file keeps the pid of the
    /// last writer after it ends, and a lock held by another tool (`flock(1)`) writes none.
    private static func holderPID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        let text = String(decoding: buffer[0..<max(count, 0)], as: UTF8.self)
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)),
            pid > 0, kill(pid, 0) == 0 || errno == EPERM
        else { return nil }
        return pid
    }
}
