/// An item the ranking kept, with the evidence behind its place.
struct RankedItem {
    typealias Part = (concept: String, alternative: String, score: Double)

    let id: Int64
    var score: Double
    /// How many of the query's concepts the item matches (coordination level).
    var matchedConcepts: Int
    /// Whether the whole query occurs as one contiguous phrase.
    var matchesWholePhrase: Bool
    /// Per-concept contributions for `--explain`, filled in for the hits shown only.
    var parts: [Part]

    init(id: Int64, score: Double = 0, matchedConcepts: Int = 0, matchesWholePhrase: Bool = false, parts: [Part] = []) {
        self.id = id
        self.score = score
        self.matchedConcepts = matchedConcepts
        self.matchesWholePhrase = matchesWholePhrase
        self.parts = parts
    }

    mutating func addConcept(score: Double) {
        self.score += score
        matchedConcepts += 1
    }
}
