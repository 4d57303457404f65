import Foundation
import KNIngest

/// A source file read from disk with what `update` compares: size, mtime and content hash.
struct ScannedFile: Sendable {
    let path: String
    let size: Int
    let mtime: Double
    let hash: String
    let data: Data

    /// Reads `url`; a file that cannot be read becomes an `IngestError` naming it.
    static func read(_ url: URL) throws -> ScannedFile {
        let path = url.path
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let data = try Data(contentsOf: url)
            let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return ScannedFile(path: path, size: data.count, mtime: mtime, hash: data.withUnsafeBytes { ContentHash.of($0) }, data: data)
        } catch {
            throw IngestError(path: path, reason: "cannot read file (\((error as NSError).localizedDescription))")
        }
    }

    /// Size and mtime without reading the content, for the quick no-change check.
    static func stat(_ path: String) -> (size: Int, mtime: Double)? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return (size, mtime)
    }
}
