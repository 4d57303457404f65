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
    /// Emits the tokens of `characters[run]` (a run of `.cjk` characters). Each character is
    /// encoded to UTF-8 once: the bigram's term is the two unigrams' words side by side.
    @inline(__always)
    func tokenize<Failure: Error>(
        _ characters: UnsafeBufferPointer<NormalizedCharacter>, run: Range<Int>, mode: AnalysisMode,
        position: inout Int, emit: (TokenBytes) throws(Failure) -> Void
    ) throws(Failure) {
        guard let lastIndex = run.last else { return }
        var current = TermText.UTF8Word(characters[run.lowerBound].scalar)
        for index in run.lowerBound..<lastIndex {
            let character = characters[index]
            let nextCharacter = characters[index + 1]
            let next = TermText.UTF8Word(nextCharacter.scalar)
            if mode == .document {
                try current.withBytes { term throws(Failure) in
                    try emit(TokenBytes(
                        term: term, start: character.start, end: character.end, position: position, isColocated: false))
                }
            }
            try current.followed(by: next).withBytes { term throws(Failure) in
                try emit(TokenBytes(
                    term: term, start: character.start, end: nextCharacter.end, position: position,
                    isColocated: mode == .document))
            }
            current = next
            position += 1
        }
        let last = characters[lastIndex]
        try current.withBytes { term throws(Failure) in
            try emit(TokenBytes(term: term, start: last.start, end: last.end, position: position, isColocated: false))
        }
        position += 1
    }
}
