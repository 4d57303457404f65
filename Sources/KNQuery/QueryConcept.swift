import KNAnalysis

/// One thing the reader asked for: a word, a phrase, or a run of words naming a topic, with the
/// spellings that count as finding it.
struct QueryConcept: Equatable {
    /// An FTS5 phrase expression and how much a match through it is worth.
    struct Alternative: Equatable {
        let expression: String
        let weight: Double
    }

    /// The words as typed.
    let text: String
    /// The literal spelling first (weight 1), then topic aliases (weight `aliasWeight`).
    let alternatives: [Alternative]
    /// The topic the words name, if any.
    let topic: String?

    /// Aliases count a little less than the words typed, so literal matches lead.
    static let aliasWeight = 0.8

    /// Groups consecutive words that form a topic alias (longest first) and gives every other
    /// word a concept of its own.
    static func concepts(for words: [QueryWord], catalog: TopicCatalog, compiler: MatchExpressionCompiler)
        -> [QueryConcept]
    {
        var concepts: [QueryConcept] = []
        var index = 0
        while index < words.count {
            var matched = false
            let longest = min(catalog.longestAliasWords, words.count - index)
            for length in stride(from: longest, through: 1, by: -1) {
                let span = words[index..<(index + length)]
                guard span.allSatisfy({ !$0.isPhrase }) || length == 1 else { continue }
                let text = span.map(\.text).joined(separator: " ")
                guard let topic = catalog.topic(named: text) else { continue }
                concepts.append(topicConcept(text: text, topic: topic, compiler: compiler))
                index += length
                matched = true
                break
            }
            if !matched {
                if let literal = compiler.term(words[index].text, field: nil, prefix: false) {
                    concepts.append(QueryConcept(
                        text: words[index].text, alternatives: [Alternative(expression: literal, weight: 1)], topic: nil))
                }
                index += 1
            }
        }
        return concepts
    }

    /// A concept for a topic: the words as typed, then each alias spelled differently.
    static func topicConcept(text: String, topic: TopicCatalog.Entry, compiler: MatchExpressionCompiler) -> QueryConcept {
        var alternatives: [Alternative] = []
        var seen = Set<String>()
        for (spelling, weight) in [(text, 1.0)] + topic.aliases.map({ ($0, aliasWeight) }) {
            guard seen.insert(TopicDictionary.key(spelling)).inserted,
                let expression = compiler.term(spelling, field: nil, prefix: false)
            else { continue }
            alternatives.append(Alternative(expression: expression, weight: weight))
        }
        return QueryConcept(text: text, alternatives: alternatives, topic: topic.name)
    }
}

/// A top-level positive word or phrase of a simple query.
struct QueryWord: Equatable {
    let text: String
    let isPhrase: Bool
}
