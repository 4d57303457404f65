/// What `ConceptRanker` found: every matching item, and per concept the spelling that matched
/// each item best, kept apart from the items so that only the hits shown pay for `--explain`'s
/// per-concept evidence.
struct ConceptRanking {
    struct Match {
        /// Index into the concept's `alternatives`.
        let alternative: Int
        /// BM25 rescaled to the alternative's weight, before the concept's shared IDF.
        let score: Double
    }

    let concepts: [QueryConcept]
    let items: [RankedItem]
    let bestByConcept: [[Int64: Match]]
    let conceptIDFs: [Double]

    /// Each concept `id` matched: the concept, the spelling it matched through and its share of the score.
    func parts(of id: Int64) -> [RankedItem.Part] {
        concepts.indices.compactMap { index in
            guard let match = bestByConcept[index][id] else { return nil }
            let concept = concepts[index]
            return (concept.text, concept.alternatives[match.alternative].expression, match.score * conceptIDFs[index])
        }
    }
}
