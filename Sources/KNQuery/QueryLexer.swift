/// Splits query text into words, quoted phrases, parentheses and `-` prefixes, with columns.
///
/// The lexer never fails: an unclosed quote runs to the end of the input (as web search engines
/// read it), so stray `"` from pasted text cannot make a query unusable.
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
        let characters = Array(text)
        var result: [Located] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if character.isWhitespace {
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
            } else if character == "-", index + 1 < characters.count, !characters[index + 1].isWhitespace,
                index == 0 || characters[index - 1].isWhitespace || characters[index - 1] == "("
            {
                result.append(Located(lexeme: .minus, column: column))
                index += 1
            } else {
                var end = index
                while end < characters.count, !characters[end].isWhitespace,
                    !"()\"".contains(characters[end])
                {
                    end += 1
                }
                let word = String(characters[index..<end])
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

    private func readQuoted(_ characters: [Character], from start: Int) -> (String, Int) {
        var end = start
        while end < characters.count, characters[end] != "\"" { end += 1 }
        return (String(characters[start..<end]), min(end + 1, characters.count))
    }
}
