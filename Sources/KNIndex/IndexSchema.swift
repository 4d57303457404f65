import GRDB

/// The index schema as append-only GRDB migrations: land a new migration, never edit one.
///
/// `itemFTS` is an external-content FTS5 table over `item` (title, description, commentary,
/// domain): the text is stored once, in `item`, and `highlight()`/`snippet()` read it from there;
/// triggers keep the two in step on insert, update and delete.
public enum IndexSchema {
    /// Bumped with every migration; stored in `meta` to tell old binaries from new indexes.
    /// An index with an older version is rebuilt, not migrated in place: a new table such as
    /// `topicAlias` needs data only a full re-analysis produces.
    public static let version = 3

    /// The migrator that creates or upgrades an index.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "sourceFile") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("path", .text).notNull().unique()
                t.column("size", .integer).notNull()
                t.column("mtime", .double).notNull()
                t.column("hash", .text).notNull()
            }
            try db.create(table: "issue") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("sourceFile", onDelete: .cascade).notNull()
                t.column("number", .integer).indexed()
                t.column("title", .text).notNull()
                t.column("url", .text)
                t.column("date", .text)
            }
            try db.create(table: "link") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("url", .text).notNull().unique()
            }
            try db.create(table: "item") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("issue", onDelete: .cascade).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("section", .text).notNull()
                t.column("rawSection", .text).notNull()
                t.column("title", .text).notNull()
                t.column("url", .text)
                t.belongsTo("link")
                t.column("links", .jsonText).notNull()
                t.column("domain", .text)
                t.column("description", .text).notNull()
                t.column("commentary", .text).notNull()
            }
            try db.create(virtualTable: "itemFTS", using: FTS5()) { t in
                t.synchronize(withTable: "item")
                t.tokenizer = AnalyzerTokenizer.tokenizerDescriptor()
                t.column("title")
                t.column("description")
                t.column("commentary")
                t.column("domain")
            }
        }
        migrator.registerMigration("v2: topics") { db in
            try db.create(table: "topic") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("kind", .text).notNull()
                t.column("aliases", .jsonText).notNull()
            }
            try db.create(table: "topicAlias") { t in
                t.belongsTo("topic", onDelete: .cascade).notNull()
                t.column("key", .text).notNull().indexed()
                t.column("words", .integer).notNull()
                t.column("head", .text).indexed()
            }
            try db.create(table: "itemTopic") { t in
                t.belongsTo("item", onDelete: .cascade).notNull()
                t.belongsTo("topic", onDelete: .cascade).notNull()
                t.primaryKey(["itemId", "topicId"])
            }
        }
        migrator.registerMigration("v3: itemTopic without rowid") { db in
            // The pairs themselves are the key: clustered on (itemId, topicId), a row and its
            // primary-key index are one B-tree, and that key serves lookups by item (hit topics,
            // cascades from `item`); only lookups by topic (`topic:` filters, topic concepts,
            // cascades from `topic`) need a second index. Four B-trees were 44 MB of a ×100 index.
            try db.create(table: "itemTopicPair", options: .withoutRowID) { t in
                t.belongsTo("item", onDelete: .cascade, indexed: false).notNull()
                t.belongsTo("topic", onDelete: .cascade, indexed: false).notNull()
                t.primaryKey(["itemId", "topicId"])
            }
            try db.execute(sql: "INSERT INTO itemTopicPair(itemId, topicId) SELECT itemId, topicId FROM itemTopic")
            try db.drop(table: "itemTopic")
            try db.rename(table: "itemTopicPair", to: "itemTopic")
            try db.create(index: "itemTopic_on_topicId", on: "itemTopic", columns: ["topicId"])
        }
        return migrator
    }
}
