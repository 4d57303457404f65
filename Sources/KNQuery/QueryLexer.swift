/// Splits query text into words, quoted phrases, parentheses and `-` prefixes, with columns.
///
/// The lexer never fails: an unclosed quote runs to the end of the input (as web search engines
/// read it), so stray `"` from pasted text cannot make a query unusable. It reads Unicode scalars,
/// not Characters: Swift fuses `"` with a following combining mark into one Character, but FTS5
/// reads bytes, so a quote must be seen wherever its scalar is. Columns still count Characters,
/// as the reader sees them.
struct QueryLexer {
    enum Lexeme: Equatable {
        case word(String)
        case quoted(String)
        /// `field:` immediately followed by a quoted phrase.
        case fieldQuote(field: String, phrase: String)
        case open
        case close
        case minus
    }

    struct Located: Equatable {
        let lexeme: Lexeme
        let column: Int
    }

    func lex(_ text: String) -> [Located] {
        let characters = Array(text.unicodeScalars)
        var columns: [Int] = []
        columns.reserveCapacity(characters.count)
        for (offset, character) in text.enumerated() {
            columns.append(contentsOf: repeatElement(offset + 1, count: character.unicodeScalars.count))
        }
        var result: [Located] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = columns[index]
            if character.properties.isWhitespace {
                index += 1
            } else if character == "(" {
                result.append(Located(lexeme: .open, column: column))
                index += 1
            } else if character == ")" {
                result.append(Located(lexeme: .close, column: column))
                index += 1
            } else if character == "\"" {
                let (phrase, next) = readQuoted(characters, from: index + 1)
                result.append(Located(lexeme: .quoted(phrase), column: column))
                index = next
            } else if character == "-", index + 1 < characters.count, !characters[index + 1].properties.isWhitespace,
                index == 0 || characters[index - 1].properties.isWhitespace || characters[index - 1] == "("
            {
                result.append(Located(lexeme: .minus, column: column))
                index += 1
            } else {
                var end = index
                while end < characters.count, !characters[end].properties.isWhitespace,
                    !["(", ")", "\""].contains(characters[end])
                {
                    end += 1
                }
                let word = Self.string(characters[index..<end])
                if word.hasSuffix(":"), end < characters.count, characters[end] == "\"", word.count > 1 {
                    let (phrase, next) = readQuoted(characters, from: end + 1)
                    result.append(Located(lexeme: .fieldQuote(field: String(word.dropLast()), phrase: phrase), column: column))
                    index = next
                } else {
                    result.append(Located(lexeme: .word(word), column: column))
                    index = end
                }
            }
        }
        return result
    }

    private func readQuoted(_ characters: [Unicode.Scalar], from start: Int) -> (String, Int) {
        var end = start
        while end < characters.count, characters[end] != "\"" { end += 1 }
        return (Self.string(characters[start..<end]), min(end + 1, characters.count))
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String()
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
