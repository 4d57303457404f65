import GRDB

/// SQL conditions for the structured filters, with every value bound as a parameter.
enum FilterSQL {
    static func condition(for filter: QueryFilter) -> (String, [any DatabaseValueConvertible]) {
        switch filter {
        case .issue(let range):
            return ("issue.number BETWEEN ? AND ?", [range.lowerBound, range.upperBound])
        case .date(let from, let through):
            return ("issue.date BETWEEN ? AND ?", [from, through])
        case .section(let name):
            let lowered = name.lowercased()
            return ("(lower(item.section) = ? OR lower(item.section) LIKE ? ESCAPE '\\')", [lowered, escapeLike(lowered) + " %"])
        case .topic(let name):
            return (
                "item.id IN (SELECT itemId FROM itemTopic JOIN topic ON topic.id = itemTopic.topicId WHERE lower(topic.name) = ?)",
                [name.lowercased()]
            )
        }
    }

    static func escapeLike(_ text: String) -> String {
        var escaped = String()
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
