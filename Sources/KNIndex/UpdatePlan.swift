import Foundation
import GRDB

/// What `update` has to do, found by comparing the files of the sources with the `sourceFile`
/// table: (path, size, mtime) picks the candidates, the content hash confirms a change.
struct UpdatePlan {
    /// A file as the index recorded it.
    struct KnownFile {
        let size: Int
        let mtime: Double
        let hash: String
    }

    /// Files not in the index (including ones skipped last time, which are tried again).
    var added: [URL] = []
    /// Files whose content differs from what was indexed, or that can no longer be read.
    var changed: [URL] = []
    /// Files with a new size or mtime but the same content: only their record is refreshed.
    var restamped: [(path: String, size: Int, mtime: Double)] = []
    /// Indexed files that are no longer among the sources' files.
    var removed: [String] = []

    /// Whether the index already reflects every file.
    var isEmpty: Bool { added.isEmpty && changed.isEmpty && restamped.isEmpty && removed.isEmpty }

    /// Files to parse, in path order.
    var filesToIndex: [URL] { (added + changed).sorted { $0.path < $1.path } }

    /// The index's record of every source file, by path.
    static func knownFiles(in db: Database) throws -> [String: KnownFile] {
        var known: [String: KnownFile] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash FROM sourceFile")
        while let row = try rows.next() {
            known[row["path"]] = KnownFile(size: row["size"], mtime: row["mtime"], hash: row["hash"])
        }
        return known
    }

    /// Compares `files` with `known`; reads (and hashes) only files whose size or mtime moved.
    static func make(files: [URL], known: [String: KnownFile]) -> UpdatePlan {
        var plan = UpdatePlan()
        var seen = Set<String>()
        for url in files {
            let path = url.path
            seen.insert(path)
            guard let record = known[path] else {
                plan.added.append(url)
                continue
            }
            guard let stat = ScannedFile.stat(path), stat.size == record.size, stat.mtime == record.mtime else {
                // Unreadable now: treat as changed, so it is reported as skipped and keeps its items.
                guard let file = try? ScannedFile.read(url) else {
                    plan.changed.append(url)
                    continue
                }
                if file.hash == record.hash {
                    plan.restamped.append((file.path, file.size, file.mtime))
                } else {
                    plan.changed.append(url)
                }
                continue
            }
        }
        plan.removed = known.keys.filter { !seen.contains($0) }.sorted()
        return plan
    }
}
