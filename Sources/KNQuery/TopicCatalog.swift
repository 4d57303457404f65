import Foundation
import GRDB
import KNAnalysis

/// The topics stored in the index, looked up by any alias through the stored alias keys
/// (`TopicDictionary.key`), one indexed query per lookup.
struct TopicCatalog {
    struct Entry {
        let id: Int64
        let name: String
        let aliases: [String]
    }

    let db: Database
    /// The longest alias in words, so span lookups stop early.
    let longestAliasWords: Int

    init(_ db: Database) throws {
        self.db = db
        longestAliasWords = try Int.fetchOne(db, sql: "SELECT max(words) FROM topicAlias") ?? 1
    }

    /// The topic `text` names, by any of its aliases or its canonical name (the first topic in
    /// dictionary order should two share a key); failing that, a single word that begins the
    /// multi-word aliases of exactly one topic names it (`satellite` → Satellite Imagery), since
    /// readers often type only the head word of a phrase.
    func topic(named text: String) throws -> Entry? {
        let key = TopicDictionary.key(text)
        guard !key.isEmpty else { return nil }
        let exact = try Row.fetchOne(
            db,
            sql: """
                SELECT topic.id, topic.name, topic.aliases FROM topicAlias JOIN topic ON topic.id = topicAlias.topicId
                WHERE topicAlias.key = ? ORDER BY topic.id LIMIT 1
                """,
            arguments: [key])
        guard let row = try exact ?? headWordTopic(text, key: key) else { return nil }
        let aliasesJSON: String = row["aliases"]
        let aliases = (try? JSONDecoder().decode([String].self, from: Data(aliasesJSON.utf8))) ?? []
        return Entry(id: row["id"], name: row["name"], aliases: aliases)
    }

    /// Short heads (`data`, `deep`) begin too many phrases to stand for one.
    static let minimumHeadLength = 5

    private func headWordTopic(_ text: String, key: String) throws -> Row? {
        guard !text.contains(" "), key.count >= Self.minimumHeadLength else { return nil }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT topic.id, topic.name, topic.aliases FROM topicAlias JOIN topic ON topic.id = topicAlias.topicId
                WHERE topicAlias.head = ? LIMIT 2
                """,
            arguments: [key])
        return rows.count == 1 ? rows[0] : nil
    }
}
