/// The one analysis chain kn applies to documents and queries alike: Unicode normalization,
/// the Japanese variant normalizers in order, then script-run tokenization.
///
/// Any change to what this chain emits must bump `version`: the index stores it and refuses to
/// mix analyses (`kn-index rebuild` re-analyzes everything).
public struct Analyzer: Sendable {
    /// Stored in the index; bump on every change to normalization or tokenization.
    public static let version = 2

    /// The chain used by the index and the query engine.
    public static let standard = Analyzer()

    let unicodeNormalizer = UnicodeNormalizer()
    /// Applied in this order: look-alikes become `ー` before the trailing-`ー` rule reads them.
    let characterNormalizers: [any CharacterNormalizer] = [
        ProlongedSoundMarkNormalizer(),
        KatakanaMiddleDotNormalizer(),
        VuKatakanaNormalizer(),
        IterationMarkNormalizer(),
        TrailingProlongedSoundMarkNormalizer(),
    ]
    let segmenter = ScriptRunSegmenter()
    let cjkTokenizer = CJKNGramTokenizer()
    let wordTokenizer = WordTokenizer()

    public init() {}

    /// The normalized characters of `bytes` (UTF-8), with their original byte ranges.
    public func normalizedCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> [NormalizedCharacter] {
        var characters: [NormalizedCharacter] = []
        // Each variant normalizer runs only on texts holding what it acts on (most English texts
        // hold none, most Japanese ones only `ー`); the kinds found may include some that an
        // earlier normalizer removed, which only costs a pass that changes nothing.
        var triggers = unicodeNormalizer.normalize(bytes, into: &characters)
        for normalizer in characterNormalizers where triggers.isSuperset(of: normalizer.triggers) {
            normalizer.normalize(&characters)
            triggers.formUnion(normalizer.produces)
        }
        return characters
    }

    /// Calls `emit` with every token of `bytes` (UTF-8; invalid bytes are separators), in order.
    public func analyze(_ bytes: UnsafeBufferPointer<UInt8>, mode: AnalysisMode, emit: (Token) throws -> Void) rethrows {
        try tokenize(bytes, mode: mode) { token in try emit(token.token) }
    }

    /// The same tokens with their terms borrowed, valid only during each call: the hot path of
    /// indexing (the FTS5 tokenizer), which makes no `String` per token.
    public func analyzeBorrowingTerms(
        _ bytes: UnsafeBufferPointer<UInt8>, mode: AnalysisMode, emit: (TokenBytes) throws -> Void
    ) rethrows {
        try tokenize(bytes, mode: mode, emit: emit)
    }

    /// Both entry points. Generic over the error so that it is specialized here, in this module,
    /// for the non-generic public functions above: an unspecialized generic looked up type
    /// metadata at run time for every token.
    ///
    /// Runs are read as they are found and terms are written on the stack, so a text costs one
    /// array of normalized characters and nothing per token.
    private func tokenize<Failure: Error>(
        _ bytes: UnsafeBufferPointer<UInt8>, mode: AnalysisMode, emit: (TokenBytes) throws(Failure) -> Void
    ) throws(Failure) {
        let characters = normalizedCharacters(bytes)
        try characters.withUnsafeBufferPointer { characters throws(Failure) in
            var runs = segmenter.runs(of: characters)
            var position = 0
            var next = runs.next()
            while let run = next {
                next = runs.next()
                switch run {
                case .cjk(let range):
                    try cjkTokenizer.tokenize(characters, run: range, mode: mode, position: &position, emit: emit)
                case .word(let range, let hyphenated):
                    var joined: Range<Int>?
                    if hyphenated, case .word(let nextRange, _) = next { joined = nextRange }
                    try wordTokenizer.tokenize(
                        characters, run: range, joinedWith: joined, mode: mode, position: &position, emit: emit)
                }
            }
        }
    }

    /// All tokens of `text`.
    public func tokens(of text: String, mode: AnalysisMode = .document) -> [Token] {
        var tokens: [Token] = []
        var copy = text
        copy.withUTF8 { bytes in
            analyze(bytes, mode: mode) { tokens.append($0) }
        }
        return tokens
    }

    /// The normalized form of `text` as one string (for comparing aliases and debugging).
    public func normalize(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            let characters = normalizedCharacters(bytes)
            return TermText.string(of: characters[...])
        }
    }
}
