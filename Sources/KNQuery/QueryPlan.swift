import GRDB

/// How one parsed query will be ranked, decided before any item is scored.
///
/// Plain words (with exclusions and filters) go to the `ConceptRanker`, which knows topics,
/// coordination and whole-phrase matches; queries with OR, groups, fields or prefixes say
/// exactly what they want and run as one FTS5 expression.
struct QueryPlan {
    enum Strategy {
        case concepts([QueryConcept], wholePhrase: String?)
        case expression(String)
        case filtersOnly
        case nothing
    }

    var strategy: Strategy
    /// Items matching this are dropped (concept strategy only; expressions carry their NOT).
    var exclusion: String?
    /// Structured filters applied in SQL.
    var filters: [QueryFilter]
    /// Topics every hit must be tagged with.
    var topics: [TopicCatalog.Entry]

    static func make(for node: QueryNode, catalog: TopicCatalog) throws -> QueryPlan {
        let compiler = MatchExpressionCompiler()
        let compiled = try compiler.compile(node)
        var filters: [QueryFilter] = []
        var topics: [TopicCatalog.Entry] = []
        var words: [QueryWord] = []
        for filter in compiled.filters {
            if case .topic(let name) = filter {
                if let topic = try catalog.topic(named: name) { topics.append(topic) } else { words.append(QueryWord(text: name, isPhrase: false)) }
            } else {
                filters.append(filter)
            }
        }
        let children: [QueryNode]
        if case .all(let all) = node { children = all } else { children = [node] }
        var exclusions: [String] = []
        var simple = true
        for child in children {
            switch child {
            case .word(let text, nil, false, _): words.append(QueryWord(text: text, isPhrase: false))
            case .phrase(let text, nil, _): words.append(QueryWord(text: text, isPhrase: true))
            case .not(let inner, _): if let excluded = try compiler.expression(inner) { exclusions.append(excluded) }
            case .filter: break
            default: simple = false
            }
        }
        let exclusion = exclusions.isEmpty ? nil : exclusions.joined(separator: " OR ")
        guard simple else {
            // Unknown topics stay in the query as plain words, ANDed with the expression.
            let parts = [compiled.match].compactMap { $0 } + words.compactMap {
                compiler.term($0.text, field: nil, prefix: false)
            }
            guard !parts.isEmpty else { return QueryPlan(strategy: .nothing, filters: filters, topics: topics) }
            let match = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
            return QueryPlan(strategy: .expression(match), filters: filters, topics: topics)
        }
        var concepts = try QueryConcept.concepts(for: words, catalog: catalog, compiler: compiler)
        if concepts.isEmpty, words.isEmpty, topics.count == 1, let topic = topics.first {
            concepts = [QueryConcept.topicConcept(text: topic.name, topic: topic, compiler: compiler)]
        }
        let phraseText = words.map(\.text).joined(separator: " ")
        // Only words of different concepts can be found apart; when the words are one concept
        // (a topic's name), the phrase is already its first spelling and a bonus for it would
        // rank that spelling above the topic's other names.
        let wholePhrase = concepts.count > 1 && compiler.hasTokens(phraseText) ? compiler.quoted(phraseText) : nil
        if concepts.isEmpty {
            let hasFilters = !filters.isEmpty || !topics.isEmpty
            return QueryPlan(strategy: hasFilters && words.isEmpty ? .filtersOnly : .nothing,
                             exclusion: exclusion, filters: filters, topics: topics)
        }
        return QueryPlan(strategy: .concepts(concepts, wholePhrase: wholePhrase), exclusion: exclusion,
                         filters: filters, topics: topics)
    }

    init(strategy: Strategy, exclusion: String? = nil, filters: [QueryFilter], topics: [TopicCatalog.Entry]) {
        self.strategy = strategy
        self.exclusion = exclusion
        self.filters = filters
        self.topics = topics
    }

    /// The ids every hit must be among, nil when nothing restricts them.
    func allowedItems(_ db: Database) throws -> Set<Int64>? {
        guard !filters.isEmpty || !topics.isEmpty else { return nil }
        var conditions: [String] = []
        var arguments = StatementArguments()
        for filter in filters {
            let (condition, values) = FilterSQL.condition(for: filter)
            conditions.append(condition)
            arguments += StatementArguments(values)
        }
        for topic in topics {
            conditions.append("item.id IN (SELECT itemId FROM itemTopic WHERE topicId = ?)")
            arguments += [topic.id]
        }
        let sql = "SELECT item.id FROM item JOIN issue ON issue.id = item.issueId WHERE " + conditions.joined(separator: " AND ")
        return Set(try Int64.fetchAll(db, sql: sql, arguments: arguments))
    }
}
