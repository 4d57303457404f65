import GRDB

/// One matched spelling's BM25 split by column, for `--explain`.
struct FieldScores: CustomStringConvertible {
    let title: Double
    let descriptionScore: Double
    let commentary: Double
    let domain: Double

    /// The per-column parts of every part of `item` (BM25 with all other weights set to zero).
    static func of(_ item: RankedItem, weights: FieldWeights, _ db: Database) throws -> [FieldScores] {
        let columns = [weights.title, weights.description, weights.commentary, weights.domain]
        let calls = columns.indices.map { column in
            "-bm25(itemFTS, " + columns.indices.map { $0 == column ? "\(columns[column])" : "0" }.joined(separator: ", ") + ")"
        }
        return try item.parts.map { part in
            let row = try Row.fetchOne(
                db, sql: "SELECT \(calls.joined(separator: ", ")) FROM itemFTS WHERE itemFTS MATCH ? AND rowid = ?",
                arguments: [part.alternative, item.id])
            let values: [Double] = (0..<4).map { row?[$0] ?? 0 }
            return FieldScores(title: values[0], descriptionScore: values[1], commentary: values[2], domain: values[3])
        }
    }

    var description: String {
        let parts = [("title", title), ("description", descriptionScore), ("commentary", commentary), ("domain", domain)]
        return parts.filter { $0.1 != 0 }.map { "\($0.0) \(SearchExplanation.rounded($0.1))" }.joined(separator: " + ")
    }
}
