import Foundation

/// Turns titles and host names into file-name-safe slugs: lower-case letters and digits joined by
/// single hyphens (`Weekly Kaggle News #84` → `weekly-kaggle-news-84`, `【論文】DINO` → `論文-dino`).
enum Slug {
    /// The slug of `text`, at most `maximumBytes` bytes of UTF-8 (file names are limited to 255 bytes);
    /// `asciiOnly` keeps only ASCII letters and digits. Empty when nothing is left.
    static func make(_ text: String, asciiOnly: Bool = false, maximumBytes: Int = 120) -> String {
        // NFKC first, so full-width `ＰｙＴｏｒｃｈ` and half-width kana become their usual forms.
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var slug = ""
        var bytes = 0
        var pendingHyphen = false
        for character in folded {
            let keep = asciiOnly
                ? character.isASCII && (character.isLetter || character.isNumber)
                : character.isLetter || character.isNumber
            guard keep else {
                pendingHyphen = !slug.isEmpty
                continue
            }
            let addition = (pendingHyphen ? "-" : "") + String(character)
            guard bytes + addition.utf8.count <= maximumBytes else { break }
            slug += addition
            bytes += addition.utf8.count
            pendingHyphen = false
        }
        return slug
    }
}
