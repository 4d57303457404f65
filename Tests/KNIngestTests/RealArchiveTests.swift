import Foundation
import Testing

@testable import KNIngest

/// Checks the Revue parser against the real 159-issue archive in `../shared` and a reference segmentation
/// of it (1,871 items: 1,156 entries, 673 paragraphs, 42 embeds, 14 paragraphs without a link).
@Suite struct RealArchiveTests {
    static let archive = TestPaths.realArchive

    @Test(.enabled(if: archive != nil || TestPaths.isCI, "../shared/corpus/weekly-kaggle-news is missing"))
    func realArchiveMatchesReferenceSegmentation() throws {
        guard let archive = Self.archive else {
            Issue.record("CI is set but the real archive is missing under \(TestPaths.shared.path)")
            return
        }
        let (files, problems) = try SourceScanner.files(in: [archive])
        #expect(problems.isEmpty, "\(problems)")
        var issues: [KNIngest.Issue] = []
        for file in files where file.pathExtension == "md" {
            let result = try IssueReader.read(fileAt: file)
            #expect(result.warnings.isEmpty, "\(result.warnings)")
            issues += result.issues
        }
        let items = issues.flatMap(\.items)
        let count = { (kind: Item.Kind) in items.filter { $0.kind == kind }.count }
        let report = "items \(items.count): entry \(count(.entry)), paragraph \(count(.paragraph)), embed \(count(.embed))"
        print(report)
        #expect(issues.count == 159)
        #expect(Set(issues.compactMap(\.number)) == Set(1...159))
        #expect(issues.allSatisfy { $0.date != nil && $0.url != nil })
        #expect((1_850...1_900).contains(items.count), "\(report)")
        #expect(abs(count(.entry) - 1_156) <= 5, "\(report)")
        #expect(abs(count(.paragraph) - 673) <= 5, "\(report)")
        #expect(abs(count(.embed) - 42) <= 2, "\(report)")
        #expect(abs(items.filter { $0.kind == .paragraph && $0.url == nil }.count - 14) <= 3)
        for item in items where item.kind == .entry {
            #expect(!item.title.isEmpty && item.url != nil && item.domain != nil, "\(item)")
            #expect(item.url.map { !$0.contains("utm_") } ?? false, "\(item)")
        }
    }
}
