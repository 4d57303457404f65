import Foundation

/// Feed names: the default one made from the feed's address, and the rules a name must follow to
/// be a safe, unique folder name in the archive.
enum FeedName {
    /// Last path components that say "this is a feed" and name nothing (`/feed`, `/rss.xml`).
    private static let genericComponents: Set<String> = ["feed", "feeds", "rss", "rss2", "atom", "index", "default", "xml"]

    /// `weeklykagglenews-substack-com` for `https://weeklykagglenews.substack.com/feed`,
    /// `example-com-blog` for `https://www.example.com/blog/rss.xml`.
    static func defaultName(for url: URL) -> String {
        var host = (url.host ?? "").lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var components = url.path.split(separator: "/").map { component -> String in
            let name = String(component)
            return name.contains(".") ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : name
        }
        if let last = components.last, genericComponents.contains(last.lowercased()) { components.removeLast() }
        let slug = Slug.make(([host] + components).joined(separator: " "), asciiOnly: true, maximumBytes: 60)
        return slug.isEmpty ? "feed" : slug
    }

    /// Throws unless `name` is 1–64 letters, digits, `-`, `_` or `.`, not starting with `.` or `-`.
    static func validate(_ name: String) throws(FeedError) {
        let allowed = name.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
        guard !name.isEmpty, name.count <= 64, allowed, !name.hasPrefix("."), !name.hasPrefix("-") else {
            throw FeedError(
                "invalid feed name '\(name)': use 1 to 64 letters, digits, '-', '_' or '.', not starting with '.' or '-'")
        }
    }
}
