import Foundation
import KNIngest

/// Renders one feed entry as a complete RSS 2.0 document holding exactly that `<item>`, the form
/// entries are archived in: `IssueReader` reads it back like any feed file, with its title, link,
/// date, guid and `content:encoded`.
enum FeedItemDocument {
    /// The UTF-8 document for `entry`, identified by `identity` (written as its `guid`).
    ///
    /// An RSS 822 date is kept as `pubDate`; an ISO 8601 date (Atom) as Dublin Core `dc:date`,
    /// which RSS 2.0 allows through its namespace, so the day is never converted between zones.
    static func render(_ entry: FeedDocument.Entry, identity: String, feedName: String, feedURL: String) -> Data {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">"#,
            "<channel>",
            "<title>\(text(feedName))</title>",
            "<link>\(text(feedURL))</link>",
            "<description>An entry of the feed \(text(feedName)), archived by kn.</description>",
            "<item>",
            "<title>\(text(entry.title))</title>",
        ]
        if let link = entry.link, !link.isEmpty { lines.append("<link>\(text(link))</link>") }
        lines.append(#"<guid isPermaLink="false">\#(text(identity))</guid>"#)
        if let date = entry.date, !date.isEmpty {
            let element = entry.dateIsRFC822 ? "pubDate" : "dc:date"
            lines.append("<\(element)>\(text(date))</\(element)>")
        }
        if entry.summary.contains(where: { !$0.isWhitespace }) {
            lines.append("<description>\(cdata(entry.summary))</description>")
        }
        if entry.content.contains(where: { !$0.isWhitespace }) {
            lines.append("<content:encoded>\(cdata(entry.content))</content:encoded>")
        }
        lines += ["</item>", "</channel>", "</rss>", ""]
        return Data(lines.joined(separator: "\n").utf8)
    }

    /// Character data with the five XML escapes.
    private static func text(_ value: String) -> String {
        var escaped = ""
        for character in xmlCharacters(value) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A CDATA section; a `]]>` inside is split across two sections, the only way to write it.
    private static func cdata(_ value: String) -> String {
        "<![CDATA[" + xmlCharacters(value).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    /// `value` without the characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE,
    /// U+FFFF), which would make the archived file unreadable.
    private static func xmlCharacters(_ value: String) -> String {
        let forbidden = value.unicodeScalars.contains { isForbidden($0) }
        guard forbidden else { return value }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: value.unicodeScalars.filter { !isForbidden($0) })
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
