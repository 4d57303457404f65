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

    /// What `id`'s snippet marks: each concept's words as typed and the spelling that matched
    /// it best, OR-ed. The reader sees their own words wherever they occur, and a lookup of a
    /// few phrases stays cheap where every alias of every topic would not.
    func highlight(of id: Int64) -> String? {
        var seen = Set<String>()
        let expressions = concepts.indices.flatMap { index -> [String] in
            let alternatives = concepts[index].alternatives
            let best = bestByConcept[index][id].map { alternatives[$0.alternative].expression }
            return ([alternatives.first?.expression, best] as [String?]).compactMap { $0 }
        }.filter { seen.insert($0).inserted }
        return expressions.isEmpty ? nil : "(" + expressions.joined(separator: " OR ") + ")"
    }
}
