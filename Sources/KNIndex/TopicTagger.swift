import Foundation
import GRDB
import KNAnalysis

/// Stores the topic dictionary in the index and tags every item whose text mentions a topic.
///
/// Tagging runs through FTS5 itself (one MATCH per topic over its aliases as phrases), so an item
/// is tagged exactly when a search for one of the aliases would find it. The query engine reads
/// topics back from the index, so queries always expand with the dictionary the items were
/// tagged with; a changed topics file takes effect at the next `kn-index rebuild`. Alias keys
/// (`TopicDictionary.key`) are stored too, so a search looks up only the words it has instead
/// of normalizing the whole dictionary at start-up.
public enum TopicTagger {
    /// Replaces the stored topics and all tags.
    public static func retag(in db: Database, dictionary: TopicDictionary) throws {
        try db.execute(sql: "DELETE FROM itemTopic; DELETE FROM topicAlias; DELETE FROM topic")
        for topic in dictionary.topics {
            let aliases = String(decoding: try JSONEncoder().encode(topic.aliases), as: UTF8.self)
            try db.execute(
                sql: "INSERT OR IGNORE INTO topic(name, kind, aliases) VALUES (?, ?, ?)",
                arguments: [topic.name, topic.kind, aliases])
            guard db.changesCount > 0 else { continue }
            let topicID = db.lastInsertedRowID
            for alias in topic.aliases {
                let key = TopicDictionary.key(alias)
                guard !key.isEmpty else { continue }
                let words = alias.split(separator: " ")
                let head = words.count > 1 ? words.first.map { TopicDictionary.key(String($0)) } : nil
                try db.execute(
                    sql: "INSERT INTO topicAlias(topicId, key, words, head) VALUES (?, ?, ?, ?)",
                    arguments: [topicID, key, words.count, head])
            }
            guard let match = matchExpression(for: topic) else { continue }
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO itemTopic(itemId, topicId)
                    SELECT rowid, ? FROM itemFTS WHERE itemFTS MATCH ?
                    """,
                arguments: [topicID, match])
        }
    }

    /// Tags items whose id is at least `firstItemID` (those an `update` just inserted) with the
    /// topics already stored, so an update costs one rowid-bounded MATCH per topic instead of a
    /// full retag, and tags exactly as the last rebuild's dictionary did.
    public static func tagItems(from firstItemID: Int64, in db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, name, kind, aliases FROM topic")
        for row in rows {
            let aliasesJSON: String = row["aliases"]
            let aliases = (try? JSONDecoder().decode([String].self, from: Data(aliasesJSON.utf8))) ?? []
            guard let match = matchExpression(for: Topic(name: row["name"], kind: row["kind"], aliases: aliases)) else {
                continue
            }
            let topicID: Int64 = row["id"]
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO itemTopic(itemId, topicId)
                    SELECT rowid, ? FROM itemFTS WHERE itemFTS MATCH ? AND rowid >= ?
                    """,
                arguments: [topicID, match, firstItemID])
        }
    }

    /// `{title description commentary} : ("alias one" OR "alias two")`, aliases quoted as phrases.
    static func matchExpression(for topic: Topic) -> String? {
        let phrases = topic.aliases
            .filter { !Analyzer.standard.tokens(of: $0, mode: .query).isEmpty }
            .map(FTS5String.quoted)
        guard !phrases.isEmpty else { return nil }
        return "{title description commentary} : (" + phrases.joined(separator: " OR ") + ")"
    }
}
