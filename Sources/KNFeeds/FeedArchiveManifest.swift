import Foundation
import KNIngest

/// Which file holds which entry, in a feed's archive folder (`.entries.json`, hidden so that
/// indexing never reads it): an entry's identity (guid, id or link) → its file name.
///
/// Only a speed-up: when it is missing or unreadable it is rebuilt from the `<guid>` every archived
/// file carries, so deleting it never duplicates an entry.
struct FeedArchiveManifest: Codable, Equatable {
    static let fileName = ".entries.json"

    var version = 1
    /// Entry identity → file name in the folder.
    var entries: [String: String] = [:]

    /// The manifest of `folder`, rebuilt from its files when missing or unreadable.
    static func load(folder: String) -> FeedArchiveManifest {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(fileName)
        if let data = try? Data(contentsOf: path), let manifest = try? JSONDecoder().decode(Self.self, from: data) {
            return manifest
        }
        var manifest = FeedArchiveManifest()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for file in files.sorted() where file.hasSuffix(".xml") && !file.hasPrefix(".") {
            if let identity = identity(ofFile: URL(fileURLWithPath: folder).appendingPathComponent(file).path) {
                manifest.entries[identity] = manifest.entries[identity] ?? file
            }
        }
        return manifest
    }

    /// The identity (`guid`) of the one entry an archived file holds, nil when it cannot be read.
    static func identity(ofFile path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path),
            let entry = try? FeedDocument.parse(data).entries.first
        else { return nil }
        return entry.identity
    }

    /// Writes the manifest into `folder` atomically.
    func save(folder: String) throws(FeedError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { throw FeedError("cannot encode the archive manifest") }
        try AtomicFile.write(data, to: URL(fileURLWithPath: folder).appendingPathComponent(Self.fileName).path)
    }
}
