/// Turns word runs (Latin, digits, other alphabetic scripts) into stemmed word tokens.
///
/// In documents, a hyphenated pair (`pre-training`) also yields its joined form (`pretraining`)
/// as a colocated token, so a query typed either way finds it.
struct WordTokenizer {
    let stemmer = EnglishMinimalStemFilter()

    /// Emits the token of `characters[run]` (a word run), and in documents the joined form with
    /// `characters[next]` when a hyphen joins the two.
    func tokenize<Failure: Error>(
        _ characters: UnsafeBufferPointer<NormalizedCharacter>, run: Range<Int>, joinedWith next: Range<Int>?,
        mode: AnalysisMode, position: inout Int, emit: (TokenBytes) throws(Failure) -> Void
    ) throws(Failure) {
        guard let last = run.last else { return }
        let start = characters[run.lowerBound].start
        try withStem(of: characters[run], characters[0..<0]) { term throws(Failure) in
            try emit(TokenBytes(term: term, start: start, end: characters[last].end, position: position, isColocated: false))
        }
        if mode == .document, let next, let nextLast = next.last {
            try withStem(of: characters[run], characters[next]) { term throws(Failure) in
                try emit(TokenBytes(
                    term: term, start: start, end: characters[nextLast].end, position: position, isColocated: true))
            }
        }
        position += 1
    }

    /// Calls `body` with the stem of `first` followed by `second`, stemmed in place in its UTF-8
    /// when it is ASCII (almost every word): no `String` is made.
    private func withStem<Failure: Error>(
        of first: Slice<UnsafeBufferPointer<NormalizedCharacter>>, _ second: Slice<UnsafeBufferPointer<NormalizedCharacter>>,
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        // At most 1 KB for words of up to 256 characters, which Swift allocates on the stack.
        let capacity = (first.count + second.count) * 4
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer throws(Failure) in
            var count = 0
            for character in first { TermText.write(character.scalar, into: buffer, at: &count) }
            for character in second { TermText.write(character.scalar, into: buffer, at: &count) }
            if let stemmed = EnglishMinimalStemFilter.stemASCII(in: buffer, count: count) {
                return try body(UnsafeBufferPointer(rebasing: buffer[..<stemmed]))
            }
            var stem = stemmer.stem(String(decoding: buffer[..<count], as: UTF8.self))
            // `withUTF8` only rethrows untyped errors, hence the `Result`.
            try stem.withUTF8 { bytes in Result { () throws(Failure) in try body(bytes) } }.get()
        }
    }
}
