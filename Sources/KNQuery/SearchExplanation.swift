import KNAnalysis

/// What `--explain` shows: the parsed query, the plan that ranked it and the evidence per hit.
public struct SearchExplanation {
    let node: QueryNode
    let plan: QueryPlan
    let page: [RankedItem]
    let fieldScores: [[FieldScores]]
    /// The hits, as `search` returns them.
    public let hits: [Hit]

    /// Human-readable lines describing how the query ran.
    public var lines: [String] {
        var lines = ["parsed: \(node)"]
        switch plan.strategy {
        case .concepts(let concepts, let wholePhrase):
            for concept in concepts {
                let topic = concept.topic.map { " (topic \($0))" } ?? ""
                let tokens = Analyzer.standard.tokens(of: concept.text, mode: .query).map(\.term)
                lines.append("concept \"\(concept.text)\"\(topic), tokens \(tokens):")
                for alternative in concept.alternatives {
                    lines.append("  MATCH \(alternative.expression)  weight \(alternative.weight)")
                }
            }
            if let wholePhrase { lines.append("whole-phrase bonus: MATCH \(wholePhrase)") }
        case .expression(let match):
            lines.append("MATCH \(match)")
        case .filtersOnly:
            lines.append("filters only")
        case .nothing:
            lines.append("no searchable words")
        }
        if let exclusion = plan.exclusion { lines.append("excluding MATCH \(exclusion)") }
        for filter in plan.filters { lines.append("filter \(filter)") }
        for topic in plan.topics { lines.append("topic filter \(topic.name)") }
        for ((item, hit), fields) in zip(zip(page, hits), fieldScores) {
            lines.append(
                "#\(hit.rank) score \(hit.score), concepts matched \(item.matchedConcepts)"
                    + (item.matchesWholePhrase ? ", whole phrase" : "") + ": \(hit.title)")
            for (part, field) in zip(item.parts, fields) {
                lines.append("    \(part.concept) via \(part.alternative): \(Self.rounded(part.score)) (each column alone: \(field))")
            }
        }
        return lines
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
