import Foundation

/// What a `rebuild` or `update` did, for the one summary line cron users read.
public struct IndexSummary: Codable, Sendable {
    public var addedIssues = 0
    public var addedItems = 0
    public var changedFiles = 0
    public var removedFiles = 0
    /// One `PATH: reason` per file that could not be indexed.
    public var skipped: [String] = []
    /// One `PATH: reason` per file indexed with a caveat (e.g. invalid UTF-8 replaced).
    public var warnings: [String] = []
    public var seconds = 0.0

    public init() {}

    /// Whether the run changed the index at all.
    public var changedAnything: Bool { addedIssues + changedFiles + removedFiles > 0 }

    /// `added 1 issue (12 items), changed 0, removed 0, skipped 0 in 0.41 s`
    public var line: String {
        let issues = addedIssues == 1 ? "1 issue" : "\(addedIssues) issues"
        return "added \(issues) (\(addedItems) items), changed \(changedFiles), removed \(removedFiles), "
            + "skipped \(skipped.count) in \(String(format: "%.2f", seconds)) s"
    }
}
