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
        try emit(Token(term: stemmedTerm(of: run), start: first.start, end: last.end, position: position))
        if mode == .document, let next, let nextLast = next.last {
            let joined = stemmer.stem(Self.text(of: run) + Self.text(of: next))
            try emit(Token(term: joined, start: first.start, end: nextLast.end, position: position, isColocated: true))
        }
        position += 1
    }

    /// The stemmed word, stemmed straight from its UTF-8 when it is ASCII (one string made, not two).
    private func stemmedTerm(of run: ArraySlice<NormalizedCharacter>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: run.count * 4) { buffer in
            var count = 0
            for character in run { TermText.write(character.scalar, into: buffer, at: &count) }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<count])
            return EnglishMinimalStemFilter.stemASCII(bytes) ?? stemmer.stem(String(decoding: bytes, as: UTF8.self))
        }
    }

    static func text(of run: ArraySlice<NormalizedCharacter>) -> String {
        TermText.string(of: run)
    }
}
