/// The rule for an item's `links`: canonical, in order of first appearance, without repeats.
enum ItemLinks {
    /// Canonicalises `hrefs`, dropping non-web links and repeats while keeping the first occurrence's place.
    static func canonical(_ hrefs: [String]) -> [String] {
        unique(hrefs.compactMap(CanonicalURL.canonicalize))
    }

    /// Already canonical URLs without repeats, first occurrences kept in place.
    static func unique(_ urls: [String]) -> [String] {
        var seen = Set<String>()
        return urls.filter { seen.insert($0).inserted }
    }
}
