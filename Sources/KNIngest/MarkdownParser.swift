/// Parses a Markdown (or plain-text) newsletter.
///
/// Metadata comes from YAML front matter (`title`, `date`, `issue`/`number`, `url`) when present, else the
/// first level-1 heading gives the title; the caller falls back to the file name. Other headings are
/// sections, except a heading that is itself a link (`### [Title](url)`), which is an entry. List items
/// opening with a link (`- [title](url): note`) are entries; paragraphs with links are paragraph items.
enum MarkdownParser {
    /// The issue in `text`.
    static func parse(_ text: String) -> Issue {
        let (matter, body) = FrontMatter.split(text)
        let scanner = MarkdownBlockScanner.scan(body)
        var assembler = ItemAssembler()
        var title = matter?.value("title").map { TextBuffer.collapse(HTMLEntityDecoder.decode($0)) } ?? ""
        var titleFromHeading = false
        for block in scanner.blocks {
            switch block {
            case .heading(let level, let text):
                let unit = MarkdownInlineParser.parse(text, references: scanner.references)
                if level == 1, !titleFromHeading, title.isEmpty || unit.text.lowercased() == title.lowercased() {
                    // The first level-1 heading is the title, or repeats the front matter's title.
                    title = unit.text
                    titleFromHeading = true
                } else if unit.startsWithLink {
                    assembler.add(unit, isListItem: true)
                } else {
                    assembler.heading(unit.text)
                }
            case .listItem(let text):
                assembler.add(MarkdownInlineParser.parse(text, references: scanner.references), isListItem: true)
            case .paragraph(let text):
                assembler.add(MarkdownInlineParser.parse(text, references: scanner.references))
            }
        }
        let number = matter?.value("issue", "number", "issue_number").flatMap { IssueMetadata.number(in: "#" + $0) }
        return Issue(
            number: number ?? IssueMetadata.number(in: title), title: title,
            url: matter?.value("url", "link", "permalink").flatMap(CanonicalURL.canonicalize),
            date: matter?.value("date", "published", "pubdate").flatMap(IssueMetadata.date(fromText:)),
            items: assembler.items)
    }
}
