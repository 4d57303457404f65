/// One step of the analyzer's ordered chain over normalized characters (a Lucene CharFilter,
/// a charabia normalizer): it may map, merge or drop characters but keeps ranges monotonic.
public protocol CharacterNormalizer: Sendable {
    /// The kinds of characters a text must all contain for this normalizer to change it; the
    /// analyzer skips it for other texts.
    var triggers: TriggerCharacters { get }

    /// The kinds of characters it may write that the text did not hold (the next normalizers'
    /// triggers); none by default.
    var produces: TriggerCharacters { get }

    /// Rewrites `characters` in place.
    func normalize(_ characters: inout [NormalizedCharacter])
}

extension CharacterNormalizer {
    public var produces: TriggerCharacters { [] }
}
