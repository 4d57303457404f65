import Foundation

/// What a `rebuild` or `update` did, for the one summary line cron users read; stored as JSON in
/// `meta` (`lastSummary`) so `kn-index stats` can show the last run and its skipped files.
public struct IndexSummary: Codable, Sendable, Equatable {
    /// `rebuild` or `update`.
    public var command = "rebuild"
    /// Issues (and their items) of files that were not in the index before.
    public var addedIssues = 0
    public var addedItems = 0
    /// Files whose content changed and whose items were replaced.
    public var changedFiles = 0
    /// Files gone from the sources whose items were removed.
    public var removedFiles = 0
    /// One `PATH: reason` per file that could not be indexed.
    public var skipped: [String] = []
    /// One `PATH: reason` per file indexed with a caveat (e.g. invalid UTF-8 replaced).
    public var warnings: [String] = []
    public var seconds = 0.0

    public init(command: String = "rebuild") {
        self.command = command
    }

    /// Whether the run changed the items of the index at all.
    public var changedAnything: Bool { addedIssues + changedFiles + removedFiles > 0 }

    /// `added 1 issue (12 items), changed 0, removed 0, skipped 0 in 0.41 s`
    public var line: String {
        let issues = addedIssues == 1 ? "1 issue" : "\(addedIssues) issues"
        return "added \(issues) (\(addedItems) items), changed \(changedFiles), removed \(removedFiles), "
            + "skipped \(skipped.count) in \(String(format: "%.2f", seconds)) s"
    }

    /// The JSON stored in `meta` and printed by `kn-index stats --json` (snake_case, sorted keys).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Reads a summary stored by `json`; nil for anything else (e.g. the plain line older kn stored).
    public static func decode(_ json: String) -> IndexSummary? {
        try? JSONDecoder().decode(IndexSummary.self, from: Data(json.utf8))
    }

    enum CodingKeys: String, CodingKey {
        case command
        case addedIssues = "added_issues"
        case addedItems = "added_items"
        case changedFiles = "changed_files"
        case removedFiles = "removed_files"
        case skipped, warnings, seconds
    }
}
