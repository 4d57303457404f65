/// An item the ranking kept, with the evidence behind its place.
struct RankedItem {
    let id: Int64
    var score: Double
    /// How many of the query's concepts the item matches (coordination level).
    var matchedConcepts: Int
    /// Whether the whole query occurs as one contiguous phrase.
    var matchesWholePhrase: Bool
    /// Per-concept contributions for `--explain`: concept text → (alternative, weighted score).
    var parts: [(concept: String, alternative: String, score: Double)]
}
