/// The fields of one RSS item or Atom entry, as read from the XML before segmentation.
struct FeedEntry {
    var title = ""
    var link: String?
    var date: String?
    /// `content:encoded` (RSS) or `content` (Atom): the full HTML body.
    var content = ""
    /// `description` (RSS) or `summary` (Atom): a shorter HTML or text body.
    var summary = ""
    var number: String?
    /// RSS `guid` or Atom `id`: the entry's identity across fetches, when the feed gives one.
    var guid: String?

    /// The issue: numbered from its title, its body segmented like any newsletter HTML.
    ///
    /// An entry whose body yields no linked item but which has a link (a feed of single articles) becomes
    /// one entry item made of its title, link and body text, so that such feeds are still searchable.
    func issue() -> Issue {
        // Atom titles may be `type="html"`; markup in a title is never wanted.
        let title = self.title.contains("<") ? HTMLTokenizer.plainText(self.title) : TextBuffer.collapse(self.title)
        let body = content.contains(where: { !$0.isWhitespace }) ? content : summary
        var items = GenericHTMLSegmenter.segment(body)
        if !items.contains(where: { $0.url != nil }), let link, let url = CanonicalURL.canonicalize(link) {
            let description = HTMLTokenizer.plainText(body)
            items = [
                Item(
                    kind: .entry, section: "", rawSection: "", title: title.isEmpty ? url : title, url: url,
                    links: [url], domain: CanonicalURL.domain(of: url), description: description, commentary: "")
            ]
        }
        return Issue(
            number: number.flatMap { IssueMetadata.number(in: "#" + $0) } ?? IssueMetadata.number(in: title),
            title: title, url: link.flatMap(CanonicalURL.canonicalize), date: date.flatMap(IssueMetadata.date(fromText:)),
            items: items)
    }
}
