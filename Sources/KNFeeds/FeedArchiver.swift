import Foundation
import KNIngest

/// Writes a feed's entries into its archive folder, one RSS file per entry
/// (`YYYY-MM-DD_<slug of title>.xml`): new entries get a new file, changed ones rewrite theirs in
/// place, unchanged ones are left alone (so the indexer sees no change), and none is ever duplicated.
public struct FeedArchiver {
    /// The feed's archive folder (`<index folder>/feeds/NAME`).
    public let folder: String
    /// The feed's name and address, recorded in each file's `<channel>`.
    public let feedName: String
    public let feedURL: String
    /// The day used for an entry without a date: the day it was first archived.
    public var today: String

    /// An archiver for the feed `name` at `url` into `folder`.
    public init(folder: String, feedName: String, feedURL: String, now: Date = Date()) {
        self.folder = folder
        self.feedName = feedName
        self.feedURL = feedURL
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        today = formatter.string(from: now)
    }

    /// How many entries were written new, rewritten, or found unchanged.
    public struct Counts: Sendable, Equatable {
        public var added = 0
        public var changed = 0
        public var unchanged = 0
    }

    /// Archives `entries`; an entry repeated in the feed is archived once (the first wins).
    public func archive(_ entries: [FeedDocument.Entry]) throws(FeedError) -> Counts {
        try AtomicFile.createFolder(folder)
        let original = FeedArchiveManifest.load(folder: folder)
        var manifest = original
        var counts = Counts()
        var seen = Set<String>()
        for entry in entries {
            // Without guid, id or link, title and date are all there is to tell entries apart.
            let identity = entry.identity ?? "untitled:\(entry.plainTitle)|\(entry.date ?? "")"
            guard seen.insert(identity).inserted else { continue }
            let data = FeedItemDocument.render(entry, identity: identity, feedName: feedName, feedURL: feedURL)
            if let name = manifest.entries[identity] {
                let path = self.path(name)
                let existing = FileManager.default.contents(atPath: path)
                if existing == data {
                    counts.unchanged += 1
                    continue
                }
                try AtomicFile.write(data, to: path)
                if existing == nil { counts.added += 1 } else { counts.changed += 1 }
            } else {
                let name = fileName(for: entry, identity: identity, taken: Set(manifest.entries.values))
                let existing = FileManager.default.contents(atPath: path(name))
                if existing != data { try AtomicFile.write(data, to: path(name)) }
                manifest.entries[identity] = name
                if existing == nil { counts.added += 1 } else if existing == data { counts.unchanged += 1 } else { counts.changed += 1 }
            }
        }
        if manifest != original { try manifest.save(folder: folder) }
        return counts
    }

    /// `YYYY-MM-DD_slug.xml`, or `…-2.xml`, `…-3.xml` when another entry has that name; a file of
    /// that name holding this very entry (written by a run that died before saving the manifest)
    /// is reused, so an entry never gets a second file.
    private func fileName(for entry: FeedDocument.Entry, identity: String, taken: Set<String>) -> String {
        let slug = Slug.make(entry.plainTitle)
        let base = "\(entry.day ?? today)_\(slug.isEmpty ? "entry" : slug)"
        var candidate = base + ".xml"
        var counter = 2
        while true {
            let exists = FileManager.default.fileExists(atPath: path(candidate))
            if !taken.contains(candidate) {
                if !exists || FeedArchiveManifest.identity(ofFile: path(candidate)) == identity { return candidate }
            }
            candidate = "\(base)-\(counter).xml"
            counter += 1
        }
    }

    private func path(_ name: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }
}
