/// Turns word runs (Latin, digits, other alphabetic scripts) into stemmed word tokens.
///
/// In documents, a hyphenated pair (`pre-training`) also yields its joined form (`pretraining`)
/// as a colocated token, so a query typed either way finds it.
struct WordTokenizer {
    let stemmer = EnglishMinimalStemFilter()

    func tokenize(
        _ run: ArraySlice<NormalizedCharacter>, joinedWith next: ArraySlice<NormalizedCharacter>?,
        mode: AnalysisMode, position: inout Int, emit: (Token) throws -> Void
    ) rethrows {
        guard let first = run.first, let last = run.last else { return }
        let word = Self.text(of: run)
        try emit(Token(term: stemmer.stem(word), start: first.start, end: last.end, position: position))
        if mode == .document, let next, let nextLast = next.last {
            let joined = stemmer.stem(word + Self.text(of: next))
            try emit(Token(term: joined, start: first.start, end: nextLast.end, position: position, isColocated: true))
        }
        position += 1
    }

    static func text(of run: ArraySlice<NormalizedCharacter>) -> String {
        var text = String()
        text.unicodeScalars.append(contentsOf: run.lazy.map(\.scalar))
        return text
    }
}
