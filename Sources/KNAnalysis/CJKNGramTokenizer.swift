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
        switch mode {
        case .document:
            for index in run.indices {
                try emit(unigram(run[index], position: position))
                if index + 1 < run.endIndex {
                    try emit(bigram(run[index], run[index + 1], position: position))
                }
                position += 1
            }
        case .query:
            for index in run.indices.dropLast() {
                var token = bigram(run[index], run[index + 1], position: position)
                token.isColocated = false
                try emit(token)
                position += 1
            }
            if let last = run.last {
                try emit(unigram(last, position: position))
                position += 1
            }
        }
    }

    private func unigram(_ character: NormalizedCharacter, position: Int) -> Token {
        Token(term: TermText.unigram(character.scalar), start: character.start, end: character.end, position: position)
    }

    private func bigram(_ first: NormalizedCharacter, _ second: NormalizedCharacter, position: Int) -> Token {
        Token(
            term: TermText.string(first.scalar, second.scalar), start: first.start, end: second.end,
            position: position, isColocated: true)
    }
}
