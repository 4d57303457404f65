import Foundation
import Testing

@testable import KNFeeds

/// Default names, name rules and the subscriptions file.
@Suite("Feed subscriptions")
struct FeedSubscriptionsTests {
    @Test("Default names are slugs of host and path without www. and feed-ish endings", arguments: [
        ("https://weeklykagglenews.substack.com/feed", "weeklykagglenews-substack-com"),
        ("https://www.example.com/blog/rss.xml", "example-com-blog"),
        ("http://example.org/", "example-org"),
        ("https://note.com/kaggle_news/rss", "note-com-kaggle-news"),
    ])
    func defaultNames(address: String, name: String) throws {
        #expect(FeedName.defaultName(for: try #require(URL(string: address))) == name)
    }

    @Test("Names must be safe folder names and unique")
    func names() throws {
        var subscriptions = FeedSubscriptions()
        _ = try subscriptions.add("https://weeklykagglenews.substack.com/feed", name: nil)
        let second = try subscriptions.add("https://weeklykagglenews.substack.com/feed?format=rss", name: nil)
        #expect(second.name == "weeklykagglenews-substack-com-2")
        for bad in ["", ".hidden", "-x", "a/b", "..", String(repeating: "a", count: 65)] {
            #expect(throws: FeedError.self) { _ = try subscriptions.add("https://example.org/\(bad.count)", name: bad) }
        }
        #expect(throws: FeedError.self) { _ = try subscriptions.add("https://example.org/x", name: "WeeklyKaggleNews-Substack-Com") }
        #expect(throws: FeedError.self) { _ = try subscriptions.add("file:///etc/passwd", name: nil) }
        #expect(throws: FeedError.self) { _ = try subscriptions.add("https://weeklykagglenews.substack.com/feed", name: "x") }
        #expect(try subscriptions.remove("weeklykagglenews-substack-com-2").url.hasSuffix("?format=rss"))
    }

    @Test("The file round-trips; a corrupt file is an error naming it")
    func file() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kn-subs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = FeedLocation(indexPath: folder + "/index.sqlite")
        #expect(try FeedSubscriptions.load(location).feeds.isEmpty)
        let added = try FeedSubscriptions.modify(location) { subscriptions throws(FeedError) in
            try subscriptions.add("https://example.com/feed", name: "ex")
        }
        #expect(try FeedSubscriptions.load(location).feeds == [added])
        #expect(location.archiveFolder(forFeedNamed: "ex") == folder + "/feeds/ex")
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: location.subscriptionsPath))
        #expect(throws: FeedError.self) { _ = try FeedSubscriptions.load(location) }
    }
}
