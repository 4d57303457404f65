import Foundation
import GRDB
import KNAnalysis

/// The topics stored in the index, looked up by any alias in `TopicDictionary.key` form.
struct TopicCatalog {
    struct Entry {
        let id: Int64
        let name: String
        let aliases: [String]
    }

    private(set) var entries: [Entry] = []
    private var byKey: [String: Int] = [:]
    /// The longest alias in words, so span lookups stop early.
    private(set) var longestAliasWords = 1

    static func load(_ db: Database) throws -> TopicCatalog {
        var catalog = TopicCatalog()
        for row in try Row.fetchAll(db, sql: "SELECT id, name, aliases FROM topic ORDER BY id") {
            let aliasesJSON: String = row["aliases"]
            let aliases = (try? JSONDecoder().decode([String].self, from: Data(aliasesJSON.utf8))) ?? []
            let entry = Entry(id: row["id"], name: row["name"], aliases: aliases)
            for alias in aliases {
                let key = TopicDictionary.key(alias)
                if !key.isEmpty, catalog.byKey[key] == nil { catalog.byKey[key] = catalog.entries.count }
                catalog.longestAliasWords = max(catalog.longestAliasWords, alias.split(separator: " ").count)
            }
            catalog.entries.append(entry)
        }
        return catalog
    }

    /// The topic `text` names, by any of its aliases or its canonical name.
    func topic(named text: String) -> Entry? {
        byKey[TopicDictionary.key(text)].map { entries[$0] }
    }
}
