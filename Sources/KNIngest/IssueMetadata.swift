/// Reads an issue's number and date from the places newsletters put them: the title and the file name.
enum IssueMetadata {
    /// The issue number in a title or file name: `#84`, `＃84`, `Issue 84`, `No. 84`, `Vol. 3`.
    static func number(in text: String) -> Int? {
        let characters = Array(text.prefix(500))
        for (index, character) in characters.enumerated() where character == "#" || character == "＃" {
            if let value = digits(in: characters, from: index + 1) { return value }
        }
        let lowered = Array(String(characters).lowercased())
        for keyword in ["issue", "no.", "number", "vol."] {
            let pattern = Array(keyword)
            var index = 0
            while index + pattern.count <= lowered.count {
                let precededByLetter = index > 0 && lowered[index - 1].isLetter
                if !precededByLetter, Array(lowered[index..<(index + pattern.count)]) == pattern,
                    let value = digits(in: lowered, from: index + pattern.count)
                {
                    return value
                }
                index += 1
            }
        }
        return nil
    }

    /// The `YYYY-MM-DD` a file name starts with (`2021-07-23_Weekly Kaggle News #84.md`), if it is a valid date.
    static func date(inFileName name: String) -> String? {
        let characters = Array(name.prefix(11))
        guard characters.count >= 10, characters[4] == "-", characters[7] == "-",
            characters.count == 10 || !characters[10].isNumber
        else { return nil }
        let fields = [0..<4, 5..<7, 8..<10].map { range in Int(String(characters[range])) }
        guard let year = fields[0], let month = fields[1], let day = fields[2],
            (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return String(characters[0..<10])
    }

    /// Normalises a feed or front-matter date (`2021-07-23`, `2021-07-23T10:00:00Z`, RFC 822) to `YYYY-MM-DD`.
    static func date(fromText text: String) -> String? {
        let trimmed = TextBuffer.collapse(text)
        if let iso = date(inFileName: trimmed) { return iso }
        return RFC822Date.isoDay(trimmed)
    }

    /// Decimal digits (ASCII or full-width) after optional spaces, as a number of at most nine digits.
    private static func digits(in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count, characters[index] == " " || characters[index] == "\u{3000}" { index += 1 }
        var value = 0
        var count = 0
        while index < characters.count, count < 9, let digit = decimalDigit(characters[index]) {
            value = value * 10 + digit
            count += 1
            index += 1
        }
        return count > 0 ? value : nil
    }

    private static func decimalDigit(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
