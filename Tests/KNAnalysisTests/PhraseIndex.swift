import KNAnalysis

/// A document as FTS5 sees it for phrase queries: at each position, the set of terms there (the
/// main token and its colocated alternatives). A phrase matches when its terms sit at
/// consecutive positions (https://sqlite.org/fts5.html#fts5_phrases).
struct PhraseIndex {
    let positions: [Set<String>]

    init(_ tokens: [Token]) {
        var positions: [Set<String>] = []
        for token in tokens {
            while positions.count <= token.position { positions.append([]) }
            positions[token.position].insert(token.term)
        }
        self.positions = positions
    }

    /// The first position where `phrase` starts, if it occurs.
    func firstMatch(of phrase: [String]) -> Int? {
        guard !phrase.isEmpty, phrase.count <= positions.count else { return phrase.isEmpty ? 0 : nil }
        for start in 0...(positions.count - phrase.count)
        where phrase.indices.allSatisfy({ positions[start + $0].contains(phrase[$0]) }) {
            return start
        }
        return nil
    }
}

/// Where the substring property may cut a document: only where the analysis of either side
/// cannot depend on the other, so a substring is analyzed as the document analyzes that span.
///
/// Both neighbours of a cut must be context-free characters (hiragana, kanji, katakana, ASCII
/// letters and digits, whitespace); a cut is never
/// - before a combining mark or `ﾞ`/`ﾟ`: it would split a normalization chunk;
/// - next to a dash, `・`, `々` or any other character whose reading depends on its neighbours;
/// - between two word characters: it would split a word (the query would be a different word);
/// - between two katakana: `TrailingProlongedSoundMarkNormalizer` drops a final `ー` only from
///   words of four or more characters, so a query starting inside `サーバー` (`バー`) keeps the
///   `ー` the document dropped. This is the rule's known cost, accepted in exchange for
///   `サーバー` = `サーバ`; queries are typed from the start of words.
enum SubstringCut {
    enum Kind {
        case plain, kana, word, space, other
    }

    static func kind(_ scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x3041...0x3096, 0x4E00...0x9FFF: .plain
        case 0x30A1...0x30FA, 0x30FC, 0xFF66...0xFF9D: .kana
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: .word
        case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x3000: .space
        default: .other
        }
    }

    static func allowed(between left: Unicode.Scalar, and right: Unicode.Scalar) -> Bool {
        switch (kind(left), kind(right)) {
        case (.other, _), (_, .other), (.kana, .kana), (.word, .word): false
        default: true
        }
    }

    /// The scalar offsets where `scalars` may be cut, always including both ends.
    static func offsets(in scalars: [Unicode.Scalar]) -> [Int] {
        guard !scalars.isEmpty else { return [0] }
        var offsets = [0]
        for index in 1..<scalars.count where allowed(between: scalars[index - 1], and: scalars[index]) {
            offsets.append(index)
        }
        offsets.append(scalars.count)
        return offsets
    }
}
