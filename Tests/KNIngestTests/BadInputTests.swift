import Foundation
import KNTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@testable import KNIngest

/// Bad input gives one clear line naming the file, and nothing else of the file is lost.
@Suite struct BadInputTests {
    private func reason(_ data: Data, path: String = "bad.md") -> String? {
        do {
            _ = try IssueReader.read(data: data, path: path)
            return nil
        } catch {
            #expect(error.description == "\(path): \(error.reason)")
            #expect(!error.description.contains("\n"))
            return error.reason
        }
    }

    @Test func emptyFileIsRejected() {
        #expect(reason(Data()) == "empty file")
        #expect(reason(Data(" \n\t\r\n".utf8)) == "empty file (only whitespace)")
    }

    @Test func pngBytesAreBinary() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        #expect(reason(png, path: "image.md") == "binary file (PNG image)")
    }

    @Test func controlBytesAreBinary() {
        var bytes = [UInt8](repeating: 0, count: 300)
        for index in bytes.indices where index % 3 == 0 { bytes[index] = UInt8(ascii: "a") }
        bytes[0] = UInt8(ascii: "#")
        #expect(reason(Data(bytes))?.hasPrefix("binary file") == true)
        #expect(reason(Data((0..<2_000).map { UInt8($0 % 32) }))?.hasPrefix("binary file") == true)
    }

    @Test func fewNulBytesAreRemovedWithAWarning() throws {
        var bytes = Array(SampleRevue.text().utf8)
        bytes.insert(0, at: bytes.count / 2)
        bytes.insert(0, at: bytes.count / 3)
        let result = try IssueReader.read(data: Data(bytes), path: "nul.md")
        #expect(result.warnings.map(\.reason) == ["removed 2 NUL bytes"])
        #expect(result.issues.first?.items.count == 2)
        #expect(!(result.issues.first?.items.contains { $0.commentary.contains("\0") } ?? true))
    }

    @Test func shiftJISIsDecodedWithReplacementAndAWarning() throws {
        // "ニュース" in Shift_JIS: not valid UTF-8.
        let shiftJIS: [UInt8] = [0x83, 0x6A, 0x83, 0x85, 0x81, 0x5B, 0x83, 0x58]
        let head = Array(SampleRevue.text(paragraph: "@@").utf8)
        guard let marker = head.firstRange(of: Array("@@".utf8)) else {
            Issue.record("sample has no marker")
            return
        }
        let bytes = Array(head[..<marker.lowerBound]) + shiftJIS + Array(head[marker.upperBound...])
        let result = try IssueReader.read(data: Data(bytes), path: "sjis.md")
        #expect(result.warnings.map(\.reason) == ["invalid UTF-8: undecodable bytes replaced with U+FFFD"])
        #expect(result.issues.first?.items.first?.commentary.contains("\u{FFFD}") == true)
        #expect(result.issues.first?.items.count == 2)
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in SampleRevue.text().utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try IssueReader.read(data: Data(bytes), path: "utf16.md")
        #expect(result.warnings.isEmpty)
        #expect(result.issues.first?.items.first?.commentary == "ニュースです。link")
    }

    @Test func issueNumberFallsBackToFileNameThenNilWithWarning() throws {
        let text = Data(SampleRevue.text(title: "Weekly Kaggle News").utf8)
        let named = try IssueReader.read(data: text, path: "corpus/2021-01-01_Weekly Kaggle News #55.md")
        #expect(named.issues.first?.number == 55)
        #expect(named.issues.first?.date == "2021-01-01")
        #expect(named.warnings.isEmpty)
        let unnamed = try IssueReader.read(data: text, path: "corpus/special.md")
        #expect(unnamed.issues.first?.number == nil)
        #expect(unnamed.warnings.map(\.description) == [#"corpus/special.md: no issue number in "Weekly Kaggle News" or the file name"#])
    }

    @Test func malformedFeedIsAnErrorUnlessEntriesWereRead() throws {
        let head = #"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>"#
        let item = #"<item><title>Feed #1</title><link>https://example.com/1</link><description>x</description></item>"#
        let broken = try #require(reason(Data((head + "<item><title>cut").utf8), path: "feed.xml"))
        #expect(broken.hasPrefix("malformed rss feed: line 1"), "\(broken)")
        let partial = try IssueReader.read(data: Data((head + item + "<item><title>cut").utf8), path: "feed.xml")
        #expect(partial.issues.map(\.number) == [1])
        #expect(partial.warnings.first?.reason.hasPrefix("feed truncated or malformed after 1 entries") == true)
    }

    @Test func textWithoutItemsIsNotANewsletter() {
        #expect(reason(Data("just a note\nwith two lines\n".utf8), path: "notes.txt")?.hasPrefix("not a newsletter") == true)
    }

    @Test func missingAndNonRegularFilesAreErrors() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("missing.md")
        #expect(throws: IngestError(path: missing.path, reason: "no such file (or a broken symbolic link)")) {
            try IssueReader.read(fileAt: missing)
        }
        let directory = folder.url.appendingPathComponent("folder.md")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(throws: IngestError(path: directory.path, reason: "is a directory")) {
            try IssueReader.read(fileAt: directory)
        }
    }

    /// Root reads files whatever their mode, so the permission case can only be produced by other users.
    @Test(.enabled(if: geteuid() != 0, "running as root: mode 000 files stay readable"))
    func unreadableFileIsAnError() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(SampleRevue.text(), to: "locked.md")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        #expect(throws: IngestError(path: file.path, reason: "unreadable: permission denied")) {
            try IssueReader.read(fileAt: file)
        }
    }

    @Test func fifoIsRejectedWithoutBlocking() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("pipe.md")
        try #require(mkfifo(fifo.path, 0o644) == 0)
        let error = #expect(throws: IngestError.self) { try IssueReader.read(fileAt: fifo) }
        #expect(error?.reason.hasPrefix("not a regular file") == true, "\(String(describing: error))")
    }

    @Test func tenMegabyteSingleLineIsHandledQuickly() throws {
        // A page saved as one file (SingleFile, "Save as HTML") inlines its images: one line of 10 MB.
        let image = String(repeating: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk", count: 170_000)
        let line = #"<html><head><title>Saved Letter #5</title></head><body><p><img src="data:image/png;base64,"#
            + image + #""><a href="https://example.com/x">Linked article</a>: its note.</p></body></html>"#
        #expect(line.utf8.count > 10_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try IssueReader.read(data: Data(line.utf8), path: "saved-page.html")
        #expect(result.issues.first?.items.map(\.url) == ["https://example.com/x"])
        #expect(clock.now - start < .seconds(60), "a linear parse must not take minutes, even unoptimised")
        let oversized = Data(count: InputDecoder.maximumSize + 1)
        #expect(reason(oversized)?.hasPrefix("file too large") == true)
    }
}
