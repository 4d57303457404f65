import Foundation
import KNIndex

/// Prints `IndexStatistics` as a table for people or one JSON object for programs (keys in
/// README's `kn-index stats` table; keys are only added, never renamed).
struct StatisticsPrinter {
    /// The index file, named in the table.
    let path: String

    func json(_ statistics: IndexStatistics) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(StatisticsJSON(statistics))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    func table(_ statistics: IndexStatistics) -> String {
        let versions = "analyzer \(statistics.analyzerVersion.map(String.init) ?? "?"), "
            + "schema \(statistics.schemaVersion.map(String.init) ?? "?")"
        var rows: [(String, String)] = [
            ("index", "\(path) (\(Self.megabytes(statistics.indexBytes)))"),
            ("versions", versions),
            ("issues", "\(statistics.issues) from \(statistics.files) files"),
            ("items", "\(statistics.items)"),
            ("links", "\(statistics.links)"),
            ("topics", "\(statistics.topics) (\(statistics.taggedItems) items tagged)"),
            ("kinds", Self.counts(statistics.kinds, separator: ", ")),
            ("last update", statistics.lastUpdate ?? "never"),
            ("last run", statistics.lastSummary.map { "\($0.command): \($0.line)" } ?? "unknown"),
        ]
        rows += statistics.sources.enumerated().map { ($0.offset == 0 ? "sources" : "", $0.element) }
        let sections = statistics.sections.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let countWidth = sections.map { String($0.value).count }.max() ?? 0
        rows += sections.enumerated().map { entry in
            let count = String(entry.element.value)
            let padded = String(repeating: " ", count: countWidth - count.count) + count
            return (entry.offset == 0 ? "sections" : "", "\(padded)  \(entry.element.key)")
        }
        let skipped = statistics.lastSummary?.skipped ?? []
        rows += skipped.isEmpty
            ? [("skipped", "none")] : skipped.enumerated().map { ($0.offset == 0 ? "skipped" : "", $0.element) }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
            .joined(separator: "\n")
    }

    static func counts(_ counts: [String: Int], separator: String) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: separator)
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}

/// The `kn-index stats --json` object; absent values are written as `null`, never left out.
private struct StatisticsJSON: Encodable {
    let statistics: IndexStatistics

    init(_ statistics: IndexStatistics) {
        self.statistics = statistics
    }

    enum CodingKeys: String, CodingKey {
        case schema, issues, items, links, files, sections, kinds, topics
        case taggedItems = "tagged_items"
        case skipped, sources
        case lastUpdate = "last_update"
        case lastSummary = "last_summary"
        case indexBytes = "index_bytes"
        case analyzerVersion = "analyzer_version"
        case schemaVersion = "schema_version"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(1, forKey: .schema)
        try container.encode(statistics.issues, forKey: .issues)
        try container.encode(statistics.items, forKey: .items)
        try container.encode(statistics.links, forKey: .links)
        try container.encode(statistics.files, forKey: .files)
        try container.encode(statistics.sections, forKey: .sections)
        try container.encode(statistics.kinds, forKey: .kinds)
        try container.encode(statistics.topics, forKey: .topics)
        try container.encode(statistics.taggedItems, forKey: .taggedItems)
        try container.encode(statistics.lastSummary?.skipped ?? [], forKey: .skipped)
        try container.encode(statistics.sources, forKey: .sources)
        try container.encode(statistics.lastUpdate, forKey: .lastUpdate)
        try container.encode(statistics.lastSummary, forKey: .lastSummary)
        try container.encode(statistics.indexBytes, forKey: .indexBytes)
        try container.encode(statistics.analyzerVersion, forKey: .analyzerVersion)
        try container.encode(statistics.schemaVersion, forKey: .schemaVersion)
    }
}
