import KNQuery

/// Prints hits the way the newsletter reads: rank and title, issue · date · section, the link, about
/// two lines of commentary with the matches marked, and the other issues that carried the same link.
///
///     1. 【論文まとめ】DINO: Emerging Properties in Self-Supervised Vision Transformers
///        #84 · 2021-07-23 · Articles
///        https://oumpy.github.io/blog/2021/05/dino.html
///        「#11 [初心者歓迎! / 画像編] atmaCup」の上位者が利用した自己教師あり学習の手法…
///        also in #12, #40
///
/// Everything is laid out in terminal columns (Japanese characters count two) before styling.
struct HitTextPrinter {
    let style: TerminalStyle
    /// The width lines are wrapped to.
    let columns: Int
    /// Whether hits are printed under a header per issue.
    var groupByIssue = false

    static let snippetLines = 2
    static let titleLines = 3
    /// Lines never get narrower than this, however small the terminal says it is.
    static let minimumColumns = 20

    func render(_ hits: [Hit]) -> String {
        let labelWidth = hits.map { DisplayWidth.of(Self.rankLabel($0)) }.max() ?? 0
        guard groupByIssue else {
            return hits.map { block($0, margin: 0, labelWidth: labelWidth, inGroup: false) }.joined(separator: "\n")
        }
        return Self.groups(hits).map { group in
            let header = LineWrapper(columns: max(columns, Self.minimumColumns))
                .lines(StyledText(Self.header(group[0]), .bold), maxLines: 1)
            return lines(header, prefix: "", indent: "")
                + group.map { block($0, margin: 2, labelWidth: labelWidth, inGroup: true) }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// One hit's lines; `inGroup` leaves issue and date to the group header.
    private func block(_ hit: Hit, margin: Int, labelWidth: Int, inGroup: Bool) -> String {
        let margin = String(repeating: " ", count: margin)
        let indent = margin + String(repeating: " ", count: labelWidth)
        let width = max(Self.minimumColumns, columns - indent.count)
        let wrapper = LineWrapper(columns: width)
        let title = StyledText.sanitized(hit.title)
        var body = wrapper.lines(StyledText(title.isEmpty ? "(untitled)" : title, .bold), maxLines: Self.titleLines)
        let meta = Self.meta(hit, inGroup: inGroup)
        if !meta.isEmpty { body += wrapper.lines(StyledText(meta, .dim)) }
        if let url = hit.url, !url.isEmpty {
            // A URL stays on one line, however long, so it can be clicked and copied whole.
            body.append(StyledText(StyledText.sanitized(url), .link))
        }
        body += SnippetLayout(columns: width, maxLines: Self.snippetLines).lines(hit.snippet, highlights: hit.highlights)
        if !hit.alsoIn.isEmpty {
            body += wrapper.lines(StyledText("also in " + hit.alsoIn.map { "#\($0)" }.joined(separator: ", "), .dim))
        }
        // Right-aligned, so ` 9.` and `10.` end in the same column, as in a numbered list.
        let label = DisplayWidth.padLeft(Self.rankLabel(hit), toColumns: labelWidth)
        return lines(body, prefix: margin + label, indent: indent)
    }

    /// Rendered lines, the first after `prefix` and the others after `indent`.
    private func lines(_ body: [StyledText], prefix: String, indent: String) -> String {
        body.enumerated().map { index, line in (index == 0 ? prefix : indent) + style.render(line) + "\n" }.joined()
    }

    static func rankLabel(_ hit: Hit) -> String { "\(hit.rank). " }

    /// `#84 · 2021-07-23 · Articles`, leaving out what is unknown (and issue and date in a group).
    static func meta(_ hit: Hit, inGroup: Bool) -> String {
        let issue = hit.issue.map { "#\($0)" } ?? hit.issueTitle
        let parts = inGroup ? [hit.section] : [issue, hit.date ?? "", hit.section]
        return StyledText.sanitized(parts.filter { !$0.isEmpty }.joined(separator: " · "))
    }

    /// `Weekly Kaggle News #84 · 2021-07-23`; the number is added when the title does not carry it.
    static func header(_ hit: Hit) -> String {
        var name = hit.issueTitle
        if let number = hit.issue, !name.hasSuffix("#\(number)"), !name.contains("#\(number) ") {
            name = name.isEmpty ? "#\(number)" : "#\(number) \(name)"
        }
        let parts = [name, hit.date ?? ""].filter { !$0.isEmpty }
        return StyledText.sanitized(parts.isEmpty ? "(no issue)" : parts.joined(separator: " · "))
    }

    /// Hits per issue, issues in the order of their best hit, hits in rank order within each.
    static func groups(_ hits: [Hit]) -> [[Hit]] {
        var order: [String] = []
        var byKey: [String: [Hit]] = [:]
        for hit in hits {
            let key = hit.issue.map { "#\($0)" } ?? "\(hit.issueTitle)\u{0}\(hit.date ?? "")"
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(hit)
        }
        return order.compactMap { byKey[$0] }
    }
}
