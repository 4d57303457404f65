import Foundation

/// The one canonical spelling of a link, shared by items, the index and the evaluation's judgments.
///
/// The rules are exactly the evaluation kit's `canon_url` (`../shared/eval/evaluate.py`): drop query
/// parameters whose name starts with `utm_`, drop an empty trailing `?`, lower-case the scheme and the host.
/// Nothing else changes: path case, other parameters and their order, and the fragment are kept, so that a
/// canonical URL still opens the same page. HTML entities (`&amp;`) are decoded by the HTML tokenizer before
/// an href gets here.
public enum CanonicalURL {
    /// Schemes an item may link to; anything else (`javascript:`, `mailto:`, relative paths) is not a link target.
    static let webSchemes: Set<String> = ["http", "https", "ftp"]

    /// Returns the canonical form of an absolute web URL, or nil when `raw` is empty, relative or not a web link.
    public static func canonicalize(_ raw: String) -> String? {
        switch canonicalizeASCII(raw) {
        case .canonical(let canonical): return canonical
        case .needsGeneralPath: return canonicalizeCharacters(raw)
        }
    }

    /// The rules over `Character`s, for any text; `canonicalizeASCII` is the same for plain ASCII, faster.
    static func canonicalizeCharacters(_ raw: String) -> String? {
        let trimmed = trimmingWhitespace(raw)
        guard !trimmed.isEmpty else { return nil }
        // Split off the fragment first, as the evaluation does: a `?` inside a fragment is not a query.
        var base = trimmed
        var fragment = Substring("")
        if let hash = base.firstIndex(of: "#") {
            fragment = base[hash...]
            base = base[..<hash]
        }
        if let question = base.firstIndex(of: "?") {
            let query = base[base.index(after: question)...]
            let kept = query.split(separator: "&", omittingEmptySubsequences: false).filter { parameter in
                !(parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    .hasPrefix("utm_")
            }
            let rebuilt = kept.joined(separator: "&")
            base = Substring(base[..<question] + (rebuilt.isEmpty ? "" : "?" + rebuilt))
        }
        guard let parts = split(base) else { return nil }
        return parts.scheme.lowercased() + ":" + parts.slashes + lowercasedHost(parts.authority) + parts.rest
            + fragment
    }

    /// The host of a URL without a leading `www.` (and without user info or port), lower-cased.
    public static func domain(of url: String) -> String? {
        guard let parts = split(Substring(url)), !parts.authority.isEmpty else { return nil }
        var host = parts.authority
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("[") {
            // An IPv6 literal keeps its colons; only a port after the bracket is dropped.
            if let close = host.firstIndex(of: "]") { host = host[...close] }
        } else if let colon = host.firstIndex(of: ":") {
            host = host[..<colon]
        }
        var name = host.lowercased()
        if name.hasPrefix("www.") { name.removeFirst(4) }
        return name.isEmpty ? nil : name
    }

    /// `raw` without surrounding whitespace; most hrefs have none, and are returned without copying characters.
    private static func trimmingWhitespace(_ raw: String) -> Substring {
        let isSpace = { (byte: UInt8?) in byte.map { $0 == 0x20 || (0x09...0x0D).contains($0) || $0 >= 0x80 } ?? false }
        guard isSpace(raw.utf8.first) || isSpace(raw.utf8.last) else { return Substring(raw) }
        return Substring(raw).trimmingWhitespace()
    }

    /// A URL cut as `scheme ":" ["//"] authority rest`, mirroring the evaluation's regular expression.
    private struct Parts {
        var scheme: Substring
        var slashes: String
        var authority: Substring
        var rest: Substring
    }

    private static func split(_ url: Substring) -> Parts? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        // Only web schemes are accepted, so checking the lower-cased scheme against them also checks its syntax.
        guard scheme.utf8.count <= 5, webSchemes.contains(scheme.lowercased()) else { return nil }
        var remainder = url[url.index(after: colon)...]
        var slashes = ""
        if remainder.hasPrefix("//") {
            slashes = "//"
            remainder = remainder.dropFirst(2)
        }
        let end = remainder.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? remainder.endIndex
        return Parts(scheme: scheme, slashes: slashes, authority: remainder[..<end], rest: remainder[end...])
    }

    /// Lower-cases the host but not the user info, like the evaluation (`userinfo@HOST` → `userinfo@host`).
    private static func lowercasedHost(_ authority: Substring) -> String {
        guard let at = authority.lastIndex(of: "@") else { return authority.lowercased() }
        return authority[...at] + authority[authority.index(after: at)...].lowercased()
    }
}
