import KNAnalysis

/// One thing the reader asked for: a word, a phrase, or a run of words naming a topic, with the
/// spellings that count as finding it.
struct QueryConcept: Equatable {
    /// An FTS5 phrase expression and how much a match through it is worth.
    struct Alternative: Equatable {
        let expression: String
        let weight: Double
        /// Tried only when the other spellings match fewer than a page of items.
        var isFallback = false
    }

    /// The words as typed.
    let text: String
    /// The literal spelling first (weight 1), then topic aliases (weight `aliasWeight`).
    private(set) var alternatives: [Alternative]
    /// The topic the words name, if any.
    let topic: String?

    /// Aliases count less than the words typed, so literal matches lead; 0.5–1.0 moved dev
    /// nDCG@10 by under 0.01, 0.65 was best, lower starves cross-lingual queries.
    static let aliasWeight = 0.65

    /// A shorter compound inside a long one counts for less than either, and only as a fallback.
    static let shorterCompoundWeight = 0.5

    /// Groups consecutive words that form a topic alias (longest first) and gives every other
    /// word a concept of its own.
    static func concepts(for words: [QueryWord], catalog: TopicCatalog, compiler: MatchExpressionCompiler)
        throws -> [QueryConcept]
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
                guard let topic = try catalog.topic(named: text) else { continue }
                var concept = topicConcept(text: text, topic: topic, compiler: compiler)
                if length > 1 { try concept.addWordsApart(span, catalog: catalog, compiler: compiler) }
                concept.addShorterCompounds(compiler: compiler)
                concepts.append(concept)
                index += length
                matched = true
                break
            }
            if !matched {
                if let literal = compiler.term(words[index].text, field: nil, prefix: false) {
                    var concept = QueryConcept(
                        text: words[index].text, alternatives: [Alternative(expression: literal, weight: 1)], topic: nil)
                    concept.addShorterCompounds(compiler: compiler)
                    concepts.append(concept)
                }
                index += 1
            }
        }
        return concepts
    }

    /// Adds "all the words, anywhere" (each word with its own topic's aliases) as one more
    /// spelling of a multi-word topic, so `Kaggle 本` also finds Kaggle items about 書籍 when no
    /// alias of the two-word topic appears.
    mutating func addWordsApart(_ words: ArraySlice<QueryWord>, catalog: TopicCatalog, compiler: MatchExpressionCompiler)
        throws
    {
        let parts = try words.compactMap { word -> String? in
            let spellings = [word.text] + (try catalog.topic(named: word.text)?.aliases ?? [])
            let expressions = Self.uniqueSpellings(spellings).compactMap { compiler.term($0, field: nil, prefix: false) }
            return expressions.isEmpty ? nil : "(" + expressions.joined(separator: " OR ") + ")"
        }
        guard parts.count > 1 else { return }
        alternatives.append(Alternative(expression: parts.joined(separator: " AND "), weight: Self.aliasWeight))
    }

    /// Adds the shorter compounds of a long Japanese compound (`CompoundParts`) as fallback spellings.
    mutating func addShorterCompounds(compiler: MatchExpressionCompiler) {
        for part in CompoundParts.shorterCompounds(of: text) {
            guard let expression = compiler.term(part, field: nil, prefix: false) else { continue }
            alternatives.append(Alternative(expression: expression, weight: Self.shorterCompoundWeight, isFallback: true))
        }
    }

    static func uniqueSpellings(_ spellings: [String]) -> [String] {
        var seen = Set<String>()
        return spellings.filter { seen.insert(TopicDictionary.key($0)).inserted }
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
