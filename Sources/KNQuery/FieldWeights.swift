/// Per-column BM25 weights for `itemFTS` (title, description, commentary, domain).
///
/// Title above commentary above description above domain: a title names what the item is
/// about, the Japanese commentary says why it matters, the description is often boilerplate
/// from the linked page. Tuned on the development judgments (`scripts/eval`): title 2–10 and
/// commentary 1–3 all land within ±0.01 nDCG@10; 4 / 1.2 / 1 / 0.5 was the best of the grid.
public struct FieldWeights: Equatable, Sendable {
    public var title: Double
    public var description: Double
    public var commentary: Double
    public var domain: Double

    public static let standard = FieldWeights(title: 4.0, description: 1.0, commentary: 1.2, domain: 0.5)

    public init(title: Double, description: Double, commentary: Double, domain: Double) {
        self.title = title
        self.description = description
        self.commentary = commentary
        self.domain = domain
    }

    /// The `bm25(itemFTS, …)` call with these weights.
    var bm25SQL: String { "bm25(itemFTS, \(title), \(description), \(commentary), \(domain))" }
}
