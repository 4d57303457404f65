import Foundation

/// The file formats `IssueReader` understands, detected from the content rather than the file name.
enum NewsletterFormat: String, Sendable {
    /// Revue's export: `# title`, a URL line, an HTML body.
    case revue
    /// A Markdown (or plain-text) newsletter.
    case markdown
    /// An RSS 2.0 (or RSS 1.0 / RDF) feed; each item is an issue.
    case rss
    /// An Atom feed; each entry is an issue.
    case atom
    /// A saved HTML page holding one issue.
    case html

    /// Detects the format from the first kilobytes of `text`; the extension only breaks ties.
    static func detect(_ text: String, pathExtension: String) -> NewsletterFormat {
        // Revue first: it is most of an archive, and needs no lower-cased head (4 KB of mostly
        // Japanese text lower-cased per file was a fifth of parsing).
        if RevueParser.matches(text) { return .revue }
        let head = String(text.unicodeScalars.prefix(4096)).drop(while: { $0.isWhitespace }).lowercased()
        let markup = skippingPrologue(Substring(head))
        if markup.hasPrefix("<rss") || markup.hasPrefix("<rdf:rdf") { return .rss }
        if markup.hasPrefix("<feed") { return .atom }
        // A Markdown file may open with an HTML comment; only markup after the prologue makes a page.
        if markup.hasPrefix("<") {
            if markup.hasPrefix("<!doctype html") || markup.hasPrefix("<html") || head.contains("<body") {
                return .html
            }
            if head.contains("<rss") || head.contains("<channel") { return .rss }
            if head.contains("<feed") { return .atom }
            if ["xml", "rss", "atom"].contains(pathExtension.lowercased()) { return .rss }
            return .html
        }
        if ["html", "htm"].contains(pathExtension.lowercased()) && head.contains("<p") { return .html }
        return .markdown
    }

    /// The markup after an XML declaration, comments and processing instructions.
    private static func skippingPrologue(_ markup: Substring) -> Substring {
        var rest = markup
        while rest.hasPrefix("<?") || rest.hasPrefix("<!--") {
            let terminator = rest.hasPrefix("<?") ? "?>" : "-->"
            guard let end = rest.range(of: terminator) else { return rest }
            rest = rest[end.upperBound...].drop(while: { $0.isWhitespace })
        }
        return rest
    }
}
