import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader (or an indexer walking the folder) sees the old content or the
/// new, never a part: the bytes go to a hidden temporary file in the same folder, then `rename(2)`.
enum AtomicFile {
    /// Replaces the file at `path` with `data`; the folder must exist.
    static func write(_ data: Data, to path: String) throws(FeedError) {
        let url = URL(fileURLWithPath: path)
        // Hidden, so that `SourceScanner` never picks up a half-written temporary file.
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
            // Durable before it replaces the old file: a crash must not leave an empty file behind.
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temporary))
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw FeedError("cannot write \(path): \((error as NSError).localizedDescription)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw FeedError("cannot write \(path): \(reason)")
        }
    }

    /// Creates `path` and its parents when missing.
    static func createFolder(_ path: String) throws(FeedError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FeedError("cannot create folder \(path): \((error as NSError).localizedDescription)")
        }
    }
}
