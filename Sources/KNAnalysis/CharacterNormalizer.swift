/// One step of the analyzer's ordered chain over normalized characters (a Lucene CharFilter,
/// a charabia normalizer): it may map, merge or drop characters but keeps ranges monotonic.
public protocol CharacterNormalizer: Sendable {
    /// Rewrites `characters` in place.
    func normalize(_ characters: inout [NormalizedCharacter])
}
