import Foundation
import Testing

@testable import KNFeeds
@testable import KNIngest

/// Entries become one RSS file each that reads back as the same entry, written once, rewritten in
/// place when changed, and never duplicated (not even after the manifest is lost).
@Suite("Feed archive")
struct FeedArchiverTests {
    static func entry(
        guid: String? = "g-1", title: String = "Weekly Kaggle News #201", link: String? = "https://example.com/201",
        date: String? = "Fri, 05 Jan 2024 09:00:00 +0900", content: String = #"<p><a href="https://example.com/a">A</a> 解説</p>"#
    ) -> FeedDocument.Entry {
        FeedDocument.Entry(guid: guid, title: title, link: link, date: date, content: content, summary: "")
    }

    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kn-feeds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func xmlFiles(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") }.sorted()
    }

    @Test("A rendered entry reads back with the same fields, `]]>`, markup and forbidden characters included")
    func roundTrip() throws {
        let tricky = Self.entry(
            guid: "tag:example.com,2024:<1>&", title: "A & B <b>#7</b>", date: "2024-01-06T10:00:00+09:00",
            content: "<p>CDATA ends with ]]> here\u{1}</p><p><a href=\"https://example.com/x?a=1&amp;b=2\">x</a></p>")
        let data = FeedItemDocument.render(tricky, identity: "tag:example.com,2024:<1>&", feedName: "n", feedURL: "https://e/f")
        let read = try #require(try FeedDocument.parse(data).entries.first)
        #expect(read.guid == tricky.guid)
        #expect(read.title == tricky.title)
        #expect(read.link == tricky.link)
        #expect(read.date == tricky.date)
        #expect(read.content == tricky.content.replacingOccurrences(of: "\u{1}", with: ""))
        let issue = try #require(try IssueReader.read(data: data, path: "/a/2024-01-06_a-b-7.xml").issues.first)
        #expect(issue.title == "A & B #7")
        #expect(issue.number == 7)
        #expect(issue.date == "2024-01-06")
        #expect(issue.items.contains { $0.url == "https://example.com/x?a=1&b=2" }, "\(issue.items)")
    }

    @Test("Archiving twice writes nothing new; a changed entry is rewritten in place; a new one added")
    func incremental() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archiver = FeedArchiver(folder: folder, feedName: "wkn", feedURL: "https://example.com/feed")
        let first = try archiver.archive([Self.entry(), Self.entry(guid: "g-0", title: "Weekly Kaggle News #200")])
        #expect(first == FeedArchiver.Counts(added: 2, changed: 0, unchanged: 0))
        #expect(try xmlFiles(folder) == ["2024-01-05_weekly-kaggle-news-200.xml", "2024-01-05_weekly-kaggle-news-201.xml"])
        let again = try archiver.archive([Self.entry(), Self.entry(guid: "g-0", title: "Weekly Kaggle News #200")])
        #expect(again == FeedArchiver.Counts(added: 0, changed: 0, unchanged: 2))

        // A new title does not rename the file: the entry keeps its file.
        let edited = Self.entry(title: "Weekly Kaggle News #201 (fixed)", content: "<p>new text</p>")
        let third = try archiver.archive([edited, Self.entry(guid: "g-2", title: "Weekly Kaggle News #202")])
        #expect(third == FeedArchiver.Counts(added: 1, changed: 1, unchanged: 0))
        let files = try xmlFiles(folder)
        #expect(files.count == 3)
        let rewritten = try String(contentsOfFile: folder + "/2024-01-05_weekly-kaggle-news-201.xml", encoding: .utf8)
        #expect(rewritten.contains("new text"))
    }

    @Test("Same day and title get -2; a lost manifest is rebuilt from the files, so nothing is duplicated")
    func collisionsAndLostManifest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archiver = FeedArchiver(folder: folder, feedName: "wkn", feedURL: "https://example.com/feed")
        let twins = [Self.entry(guid: "a"), Self.entry(guid: "b"), Self.entry(guid: nil, link: "https://example.com/c")]
        #expect(try archiver.archive(twins).added == 3)
        #expect(try xmlFiles(folder) == [
            "2024-01-05_weekly-kaggle-news-201-2.xml", "2024-01-05_weekly-kaggle-news-201-3.xml",
            "2024-01-05_weekly-kaggle-news-201.xml",
        ])
        try FileManager.default.removeItem(atPath: folder + "/" + FeedArchiveManifest.fileName)
        #expect(try archiver.archive(twins) == FeedArchiver.Counts(added: 0, changed: 0, unchanged: 3))
        #expect(try xmlFiles(folder).count == 3)
    }

    @Test("An undated entry is named by the day it was archived; a repeated entry is written once")
    func undatedAndRepeated() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let day = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14
        let archiver = FeedArchiver(folder: folder, feedName: "n", feedURL: "https://e/f", now: day)
        let undated = Self.entry(title: "【論文まとめ】ＤＩＮＯ", date: nil)
        #expect(try archiver.archive([undated, undated]).added == 1)
        #expect(try xmlFiles(folder) == ["2023-11-14_論文まとめ-dino.xml"])
    }
}
