/// One newsletter issue and the items segmented from it.
public struct Issue: Codable, Equatable, Sendable {
    /// The issue number (`#84`), nil when neither the title nor the file name carries one.
    public var number: Int?
    /// The issue's title as written (`Weekly Kaggle News #84`), entities decoded.
    public var title: String
    /// The issue's web address, canonical.
    public var url: String?
    /// Publication date as `YYYY-MM-DD`.
    public var date: String?
    /// The items in the order the issue shows them.
    public var items: [Item]

    /// Creates an issue from its parts.
    public init(number: Int?, title: String, url: String?, date: String?, items: [Item]) {
        self.number = number
        self.title = title
        self.url = url
        self.date = date
        self.items = items
    }
}
