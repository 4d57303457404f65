/// The rule for an item's `links`: canonical, in order of first appearance, without repeats.
enum ItemLinks {
    /// Canonicalises `hrefs`, dropping non-web links and repeats while keeping the first occurrence's place.
    static func canonical(_ hrefs: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for href in hrefs {
            guard let url = CanonicalURL.canonicalize(href), seen.insert(url).inserted else { continue }
            result.append(url)
        }
        return result
    }
}
