import KNQuery

/// Lays a hit's snippet out as a few terminal lines with every match marked, keeping the first
/// match in view: when it would fall past the last line, the passage starts closer to it, after `…`.
struct SnippetLayout {
    let columns: Int
    let maxLines: Int

    /// The snippet's lines (none for an empty snippet).
    func lines(_ snippet: String, highlights: [[Int]]) -> [StyledText] {
        let marked = Self.marked(snippet, highlights: highlights)
        let wrapper = LineWrapper(columns: columns)
        let all = wrapper.lines(marked)
        guard all.count > maxLines, let firstMatch = marked.spans.first(where: { $0.role == .match }) else {
            return wrapper.lines(marked, maxLines: maxLines)
        }
        // Lines only drop spaces at their breaks, so counting marked non-space characters tells
        // whether the whole first match is in view.
        let shown = all.prefix(maxLines).flatMap(\.characters).filter { $0.role == .match }.count
        if shown >= firstMatch.text.filter({ $0 != " " }).count { return wrapper.lines(marked, maxLines: maxLines) }
        return wrapper.lines(Self.startingNear(marked, columnsBefore: columns / 3), maxLines: maxLines)
    }

    /// The snippet as styled text: characters overlapping a highlight's byte range are `.match`.
    /// Ranges that are out of order or out of bounds are ignored rather than trusted.
    static func marked(_ snippet: String, highlights: [[Int]]) -> StyledText {
        let ranges = highlights.compactMap { $0.count == 2 && $0[0] < $0[1] ? $0[0]..<$0[1] : nil }
        var text = StyledText()
        var offset = 0
        for character in StyledText.sanitized(snippet) {
            let end = offset + character.utf8.count
            let isMatch = ranges.contains { $0.overlaps(offset..<end) }
            text.append(character, isMatch ? .match : .plain)
            offset = end
        }
        return text
    }

    /// `text` from a little before its first match, after `…`: from the start of the clause within
    /// about `columnsBefore` columns of it when there is one (after `、`, `。` or a space), else from
    /// the first place a line could start.
    static func startingNear(_ text: StyledText, columnsBefore: Int) -> StyledText {
        let cells = text.characters
        guard let match = cells.firstIndex(where: { $0.role == .match }) else { return text }
        var start = match
        var width = 0
        while start > 0 && width + DisplayWidth.of(cells[start - 1].character) <= columnsBefore {
            start -= 1
            width += DisplayWidth.of(cells[start].character)
        }
        if let clause = (start..<match).first(where: { $0 > 0 && clauseEnds.contains(cells[$0 - 1].character) }) {
            start = clause
        } else {
            while start < match && start > 0
                && !LineWrapper.canBreak(after: cells[start - 1].character, before: cells[start].character) {
                start += 1
            }
        }
        while start < match && cells[start].character == " " { start += 1 }
        if start == 0 { return text }
        var result = StyledText("…")
        for cell in cells[start...] { result.append(cell.character, cell.role) }
        return result
    }

    /// Characters after which a clause starts.
    static let clauseEnds: Set<Character> = Set("、。，．,.;:!?！？；：」』） ")
}
