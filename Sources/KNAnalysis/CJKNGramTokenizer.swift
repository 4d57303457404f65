/// Turns a run of CJK characters into overlapping n-grams, so any substring of one or more
/// characters can be found as a contiguous phrase without a dictionary.
///
/// Documents: every character is a token (its position anchors phrases and gives `highlight()`
/// exact one-character offsets) and the bigram starting there is a colocated token, so common
/// two-character words are looked up by one doclist instead of two.
/// Queries: the chain of bigrams, then the last character alone, which makes the phrase cover
/// every character of the query (highlights span the whole match) while still requiring
/// adjacency: `熱力学` never matches 熱, 力 and 学 apart.
struct CJKNGramTokenizer {
    func tokenize(
        _ run: ArraySlice<NormalizedCharacter>, mode: AnalysisMode, position: inout Int,
        emit: (Token) throws -> Void
    ) rethrows {
        let characters = Array(run)
        switch mode {
        case .document:
            for index in characters.indices {
                try emit(unigram(characters[index], position: position))
                if index + 1 < characters.count {
                    try emit(bigram(characters[index], characters[index + 1], position: position))
                }
                position += 1
            }
        case .query:
            for index in characters.indices.dropLast() {
                var token = bigram(characters[index], characters[index + 1], position: position)
                token.isColocated = false
                try emit(token)
                position += 1
            }
            if let last = characters.last {
                try emit(unigram(last, position: position))
                position += 1
            }
        }
    }

    private func unigram(_ character: NormalizedCharacter, position: Int) -> Token {
        var term = String()
        term.unicodeScalars.append(character.scalar)
        return Token(term: term, start: character.start, end: character.end, position: position)
    }

    private func bigram(_ first: NormalizedCharacter, _ second: NormalizedCharacter, position: Int) -> Token {
        var term = String()
        term.unicodeScalars.append(first.scalar)
        term.unicodeScalars.append(second.scalar)
        return Token(term: term, start: first.start, end: second.end, position: position, isColocated: true)
    }
}
