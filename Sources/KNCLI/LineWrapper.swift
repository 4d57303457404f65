/// Breaks styled text into lines of at most a given number of terminal columns.
///
/// Latin words break at spaces; Japanese breaks between any two characters, except before closing
/// punctuation and small kana or after opening brackets (a light 禁則処理, JIS X 4051). A word wider
/// than the line is broken between characters. Whole `Character`s are the unit, so a grapheme
/// cluster is never split, and the text carries no escape sequences yet, so none can be cut.
struct LineWrapper {
    /// Columns per line (at least 2, so `…` and one wide character always fit).
    let columns: Int

    init(columns: Int) {
        self.columns = max(2, columns)
    }

    /// Characters that must not begin a line.
    static let noLineStart: Set<Character> = Set("、。，．,.・：；:;？！?!）)］]｝}」』】〕〉》〙〗”’ー…‥ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
    /// Characters that must not end a line.
    static let noLineEnd: Set<Character> = Set("（(［[｛{「『【〔〈《〘〖“‘")

    /// Every line of `text`.
    func lines(_ text: StyledText) -> [StyledText] {
        let cells = text.characters
        var lines: [StyledText] = []
        var start = skipSpaces(cells, from: 0)
        while start < cells.count {
            let end = lineEnd(cells, from: start)
            var line = StyledText()
            var last = end
            while last > start && cells[last - 1].character == " " { last -= 1 }
            for index in start..<last { line.append(cells[index].character, cells[index].role) }
            lines.append(line)
            start = skipSpaces(cells, from: end)
        }
        return lines
    }

    /// At most `maxLines` lines; when text is left over, the last line ends in `…`.
    func lines(_ text: StyledText, maxLines: Int) -> [StyledText] {
        let all = lines(text)
        guard all.count > maxLines, maxLines > 0 else { return all }
        var kept = Array(all.prefix(maxLines))
        kept[maxLines - 1] = Self.ellipsized(kept[maxLines - 1], columns: columns)
        return kept
    }

    /// `line` shortened so that `…` fits after it within `columns`.
    static func ellipsized(_ line: StyledText, columns: Int) -> StyledText {
        var cells = line.characters
        var width = line.columns
        while let last = cells.last, width + 1 > columns || last.character == " " {
            width -= DisplayWidth.of(last.character)
            cells.removeLast()
        }
        var result = StyledText()
        for cell in cells { result.append(cell.character, cell.role) }
        if cells.last?.character != "…" { result.append("…", .plain) }
        return result
    }

    /// The index one past the last character of the line starting at `start`.
    private func lineEnd(_ cells: [(character: Character, role: TextRole)], from start: Int) -> Int {
        var used = 0
        var lastBreak: Int?
        var index = start
        while index < cells.count {
            let width = DisplayWidth.of(cells[index].character)
            if used + width > columns {
                if let lastBreak, lastBreak > start { return lastBreak }
                return hardBreak(cells, from: start, before: index)
            }
            used += width
            index += 1
            if index < cells.count && Self.canBreak(after: cells[index - 1].character, before: cells[index].character) {
                lastBreak = index
            }
        }
        return cells.count
    }

    /// Where to cut a run with no break opportunity (a long word or URL, 「Data2vec」): before
    /// `index`, or a little earlier so that the next line does not start with `」` or `.`.
    private func hardBreak(_ cells: [(character: Character, role: TextRole)], from start: Int, before index: Int) -> Int {
        var cut = index
        while cut > start + 1
            && (Self.noLineStart.contains(cells[cut].character) || Self.noLineEnd.contains(cells[cut - 1].character)) {
            cut -= 1
        }
        return cut == start + 1 && index > cut ? index : max(cut, start + 1)
    }

    /// Whether a line may end between `left` and `right`.
    static func canBreak(after left: Character, before right: Character) -> Bool {
        if right == " " { return false }
        if left == " " { return true }
        if noLineStart.contains(right) || noLineEnd.contains(left) { return false }
        return DisplayWidth.of(left) == 2 || DisplayWidth.of(right) == 2
    }

    private func skipSpaces(_ cells: [(character: Character, role: TextRole)], from index: Int) -> Int {
        var index = index
        while index < cells.count && cells[index].character == " " { index += 1 }
        return index
    }
}
