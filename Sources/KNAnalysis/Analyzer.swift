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
        characters.reserveCapacity(bytes.count)
        unicodeNormalizer.normalize(bytes, into: &characters)
        // Every variant normalizer acts only around 々, kana, ・ or ー (U+3005–U+31FF): texts
        // without any (most English titles) skip the chain.
        guard characters.contains(where: { (0x3005...0x31FF).contains($0.scalar.value) }) else { return characters }
        for normalizer in characterNormalizers {
            normalizer.normalize(&characters)
        }
        return characters
    }

    /// Calls `emit` with every token of `bytes` (UTF-8; invalid bytes are separators), in order.
    public func analyze(
        _ bytes: UnsafeBufferPointer<UInt8>, mode: AnalysisMode, emit: (Token) throws -> Void
    ) rethrows {
        let characters = normalizedCharacters(bytes)
        let runs = segmenter.runs(of: characters)
        var position = 0
        for (index, run) in runs.enumerated() {
            switch run {
            case .cjk(let range):
                try cjkTokenizer.tokenize(characters[range], mode: mode, position: &position, emit: emit)
            case .word(let range, let hyphenated):
                var next: ArraySlice<NormalizedCharacter>?
                if hyphenated, index + 1 < runs.count, case .word(let nextRange, _) = runs[index + 1] {
                    next = characters[nextRange]
                }
                try wordTokenizer.tokenize(
                    characters[range], joinedWith: next, mode: mode, position: &position, emit: emit)
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
