/// Splits normalized characters into runs of one script class: CJK runs for the n-gram
/// tokenizer, word runs for the word tokenizer; separators end runs and disappear.
///
/// A word run keeps an apostrophe between letters (`kaggle's`), and records whether a single
/// hyphen joins it to the next word run (`pre-training`) so compounds can be indexed joined too.
struct ScriptRunSegmenter {
    enum Run: Equatable {
        case cjk(Range<Int>)
        case word(Range<Int>, hyphenatedToNext: Bool)
    }

    func runs(of characters: [NormalizedCharacter]) -> [Run] {
        var runs: [Run] = []
        var index = 0
        while index < characters.count {
            let kind = ScriptClass(characters[index].scalar)
            let start = index
            switch kind {
            case .separator:
                index += 1
            case .cjk:
                while index < characters.count, ScriptClass(characters[index].scalar) == .cjk { index += 1 }
                runs.append(.cjk(start..<index))
            case .word:
                index = endOfWord(in: characters, from: index)
                let hyphenated =
                    index + 1 < characters.count && characters[index].scalar == "-"
                    && ScriptClass(characters[index + 1].scalar) == .word
                runs.append(.word(start..<index, hyphenatedToNext: hyphenated))
            }
        }
        return runs
    }

    private func endOfWord(in characters: [NormalizedCharacter], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            let scalar = characters[index].scalar
            if ScriptClass(scalar) == .word {
                index += 1
            } else if EnglishMinimalStemFilter.isApostrophe(scalar), index + 1 < characters.count,
                ScriptClass(characters[index + 1].scalar) == .word
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }
}
