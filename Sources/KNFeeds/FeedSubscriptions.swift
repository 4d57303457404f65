import Foundation

/// The subscriptions file (`<index path>.feeds.json`): read, change under the feeds lock, write atomically.
///
/// Kept out of the SQLite index because `kn-index rebuild` replaces the index wholesale, and a
/// rebuild must not forget what the user subscribed to or the validators of the last fetch.
public struct FeedSubscriptions: Codable, Sendable, Equatable {
    /// The file format; bumped only on an incompatible change.
    public static let formatVersion = 1

    /// The format the file was written in.
    public var version: Int
    /// The subscriptions in the order they were added.
    public var feeds: [FeedSubscription]

    /// No subscriptions.
    public init(feeds: [FeedSubscription] = []) {
        version = Self.formatVersion
        self.feeds = feeds
    }

    /// Reads the subscriptions at `location`; no file means none.
    public static func load(_ location: FeedLocation) throws(FeedError) -> FeedSubscriptions {
        let path = location.subscriptionsPath
        guard FileManager.default.fileExists(atPath: path) else { return FeedSubscriptions() }
        let subscriptions: FeedSubscriptions
        do {
            subscriptions = try JSONDecoder().decode(FeedSubscriptions.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw FeedError("cannot read feed subscriptions \(path): \(Self.describe(error))")
        }
        guard subscriptions.version <= formatVersion else {
            throw FeedError("feed subscriptions \(path) are of a newer kn (format \(subscriptions.version))")
        }
        return subscriptions
    }

    /// Writes the subscriptions atomically (temporary file and rename) to `location`.
    public func save(_ location: FeedLocation) throws(FeedError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(self) + Data("\n".utf8)
        } catch {
            throw FeedError("cannot encode feed subscriptions: \(error)")
        }
        try AtomicFile.createFolder(URL(fileURLWithPath: location.subscriptionsPath).deletingLastPathComponent().path)
        try AtomicFile.write(data, to: location.subscriptionsPath)
    }

    /// Loads, changes and saves the subscriptions under the feeds lock, so that a `feed add` and
    /// an `update` running at the same time never overwrite each other's changes.
    public static func modify<Result>(
        _ location: FeedLocation, _ change: (inout FeedSubscriptions) throws(FeedError) -> Result
    ) throws(FeedError) -> Result {
        try AtomicFile.createFolder(URL(fileURLWithPath: location.subscriptionsPath).deletingLastPathComponent().path)
        let lock = try FileLock(path: location.lockPath)
        defer { withExtendedLifetime(lock) {} }
        var subscriptions = try load(location)
        let result = try change(&subscriptions)
        try subscriptions.save(location)
        return result
    }

    /// Subscribes to `address` under `name` (default: made from the address, made unique).
    ///
    /// Throws when the address is not an http(s) URL, is already subscribed, or `name` is invalid or taken.
    public mutating func add(_ address: String, name: String?, now: Date = Date()) throws(FeedError) -> FeedSubscription {
        let address = address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty
        else {
            throw FeedError("not a feed address: '\(address)' (expected http:// or https://)")
        }
        if let existing = feeds.first(where: { $0.url == address }) {
            throw FeedError("already subscribed to \(address) as '\(existing.name)'")
        }
        let chosen: String
        if let name {
            try FeedName.validate(name)
            if feeds.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                throw FeedError("a feed named '\(name)' already exists (see kn-index feed list)")
            }
            chosen = name
        } else {
            chosen = uniqueName(FeedName.defaultName(for: url))
        }
        let subscription = FeedSubscription(name: chosen, url: address, added: Self.timestamp(now))
        feeds.append(subscription)
        return subscription
    }

    /// Unsubscribes the feed named `nameOrAddress` or subscribed at that address; throws when none is.
    public mutating func remove(_ nameOrAddress: String) throws(FeedError) -> FeedSubscription {
        guard let index = feeds.firstIndex(where: { $0.name == nameOrAddress || $0.url == nameOrAddress })
            ?? feeds.firstIndex(where: { $0.name.lowercased() == nameOrAddress.lowercased() })
        else {
            throw FeedError("no feed named or at '\(nameOrAddress)' (see kn-index feed list)")
        }
        return feeds.remove(at: index)
    }

    /// `base`, or `base-2`, `base-3`, … when taken (names compare case-insensitively: archive folders
    /// may live on a case-insensitive file system).
    private func uniqueName(_ base: String) -> String {
        let taken = Set(feeds.map { $0.name.lowercased() })
        var candidate = base
        var counter = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return candidate
    }

    /// ISO 8601 in UTC, as the subscriptions file and `feed list --json` show times.
    public static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): "invalid JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, _): "missing key '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: ".")) (\(context.debugDescription))"
        default: (error as NSError).localizedDescription
        }
    }
}
