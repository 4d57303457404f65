import Foundation
import KNTestSupport
import Testing

@testable import KNIngest

@Suite struct SourceScannerTests {
    @Test func foldersAreWalkedRecursivelyInPathOrder() throws {
        let folder = try TemporaryFolder()
        for name in [
            "b/2.md", "a.html", "b/1.markdown", "c/d/feed.xml", "notes", "skip.png", ".hidden.md", "x.RSS", "README.md", "c/LICENSE",
        ] {
            try folder.write("x", to: name)
        }
        let single = try folder.write("x", to: "explicit.json")
        let (files, problems) = try SourceScanner.files(in: [folder.url, single])
        #expect(problems.isEmpty)
        let root = folder.url.path + "/"
        #expect(
            files.map { $0.path.replacingOccurrences(of: root, with: "") } == [
                "a.html", "b/1.markdown", "b/2.md", "c/d/feed.xml", "notes", "x.RSS", "explicit.json",
            ])
    }

    @Test func missingSourceThrows() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("nope")
        #expect(throws: IngestError(path: missing.path, reason: "no such file or folder")) {
            try SourceScanner.files(in: [missing])
        }
    }

    @Test func symbolicLinkLoopsBecomeProblemsNotHangs() throws {
        let folder = try TemporaryFolder()
        try folder.write("x", to: "inner/issue.md")
        let manager = FileManager.default
        try manager.createSymbolicLink(at: folder.url.appendingPathComponent("inner/back"), withDestinationURL: folder.url)
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("self.md").path, withDestinationPath: "self.md")
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("dangling.md").path, withDestinationPath: "gone.md")
        let (files, problems) = try SourceScanner.files(in: [folder.url])
        #expect(files.map(\.lastPathComponent) == ["issue.md"])
        let reasons = problems.map { "\($0.path.replacingOccurrences(of: folder.url.path, with: "")): \($0.reason)" }
        #expect(reasons.count == 3, "\(reasons)")
        #expect(reasons.contains { $0.hasPrefix("/inner/back: symbolic link loop") })
        #expect(reasons.contains("/self.md: broken symbolic link or symbolic link loop"))
        #expect(reasons.contains("/dangling.md: broken symbolic link or symbolic link loop"))
    }

    @Test func specialFilesInAFolderAreProblemsWhetherLinkedOrNot() throws {
        let folder = try TemporaryFolder()
        try folder.write("x", to: "real.md")
        try #require(mkfifo(folder.url.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("linked-pipe.md").path, withDestinationPath: "pipe.md")
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("linked-real.md").path, withDestinationPath: "real.md")
        let (files, problems) = try SourceScanner.files(in: [folder.url])
        #expect(files.map(\.lastPathComponent) == ["linked-real.md", "real.md"])
        let reasons = problems.map { "\($0.path.replacingOccurrences(of: folder.url.path, with: "")): \($0.reason)" }
        #expect(reasons.count == 2, "\(reasons)")
        #expect(reasons.first?.hasPrefix("/linked-pipe.md: not a regular file (") == true)
        #expect(reasons.last?.hasPrefix("/pipe.md: not a regular file (") == true)
    }
}
