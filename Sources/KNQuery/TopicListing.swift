import GRDB

/// How often each topic comes up, overall and per year, for `kn-search --topics`.
public struct TopicCount: Codable, Equatable, Sendable {
    public var name: String
    public var kind: String
    public var items: Int
    /// Year (`2021`) → number of tagged items that year.
    public var perYear: [String: Int]

    enum CodingKeys: String, CodingKey {
        case name, kind, items, perYear = "per_year"
    }
}

/// Reads topic counts from the index.
public struct TopicListing {
    let database: DatabaseQueue

    public init(database: DatabaseQueue) {
        self.database = database
    }

    /// Topics with at least one item, most items first.
    public func counts() throws -> [TopicCount] {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT topic.name, topic.kind, substr(issue.date, 1, 4) AS year, count(*) AS n
                    FROM itemTopic JOIN topic ON topic.id = itemTopic.topicId
                    JOIN item ON item.id = itemTopic.itemId JOIN issue ON issue.id = item.issueId
                    GROUP BY topic.id, year
                    """)
            var byName: [String: TopicCount] = [:]
            for row in rows {
                let name: String = row["name"]
                var count = byName[name] ?? TopicCount(name: name, kind: row["kind"], items: 0, perYear: [:])
                let n: Int = row["n"]
                count.items += n
                count.perYear[row["year"] ?? "?", default: 0] += n
                byName[name] = count
            }
            return byName.values.sorted { ($0.items, $1.name) > ($1.items, $0.name) }
        }
    }
}
