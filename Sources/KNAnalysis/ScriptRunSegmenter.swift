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

    /// The runs of `characters`, found as they are read: no array of runs is built.
    func runs(of characters: UnsafeBufferPointer<NormalizedCharacter>) -> Runs {
        Runs(characters: characters)
    }

    /// Reads runs one by one, classifying each character once.
    struct Runs: IteratorProtocol {
        let characters: UnsafeBufferPointer<NormalizedCharacter>
        private var index = 0
        /// The class of `characters[index]` when the last run's loop already computed it.
        private var classAtIndex: ScriptClass?

        init(characters: UnsafeBufferPointer<NormalizedCharacter>) {
            self.characters = characters
        }

        mutating func next() -> Run? {
            // A local copy of `index`: the loops below run once per character.
            var index = self.index
            defer { self.index = index }
            while index < characters.count {
                let kind = classAtIndex ?? ScriptClass(characters[index].scalar)
                classAtIndex = nil
                let start = index
                switch kind {
                case .separator:
                    index += 1
                case .cjk:
                    index += 1
                    scan: while index < characters.count {
                        let next = ScriptClass(characters[index].scalar)
                        guard next == .cjk else {
                            classAtIndex = next
                            break scan
                        }
                        index += 1
                    }
                    return .cjk(start..<index)
                case .word:
                    index = endOfWord(from: index)
                    let hyphenated =
                        index + 1 < characters.count && characters[index].scalar == "-"
                        && ScriptClass(characters[index + 1].scalar) == .word
                    return .word(start..<index, hyphenatedToNext: hyphenated)
                }
            }
            return nil
        }

        private func endOfWord(from start: Int) -> Int {
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
}
