/// Reads the day of an RFC 822 / RFC 2822 date as RSS writes it (`Fri, 23 Jul 2021 09:00:00 +0900`).
///
/// Only the calendar day as written is kept, without converting time zones: an issue is dated by its
/// publisher's day. Parsed by hand because `DateFormatter` differs between platforms and locales.
enum RFC822Date {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `YYYY-MM-DD` for an RFC 822 date, or nil when `text` is not one.
    static func isoDay(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0) }
        if let first = words.first, Int(first) == nil { words.removeFirst() }  // optional weekday
        guard words.count >= 3, let day = Int(words[0]), (1...31).contains(day),
            let month = months.firstIndex(of: String(words[1].prefix(3)).lowercased()),
            var year = Int(words[2])
        else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        guard (1900...2999).contains(year) else { return nil }
        return "\(year)-\(twoDigits(month + 1))-\(twoDigits(day))"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
