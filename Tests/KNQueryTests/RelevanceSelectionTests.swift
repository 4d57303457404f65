import Foundation
import KNTestSupport
import Testing
@testable import KNQuery

@Suite("Selecting the best items without sorting them all")
struct RelevanceSelectionTests {
    static let seed = RunSeed.value

    @Test("The selection is exactly the full order's first N, extended through ties with the Nth")
    func selectionIsAPrefixThroughTies() {
        print("RelevanceSelectionTests seed \(Self.seed) (replay with KN_SEED=\(Self.seed))")
        var generator = SplitMix64(seed: Self.seed)
        for round in 0..<500 {
            // Few distinct values, so ties are the rule, as in an archive of recurring links.
            let items = (0..<Int.random(in: 0...300, using: &generator)).map { id in
                RankedItem(
                    id: Int64(id), score: Double(Int.random(in: 0...6, using: &generator)) / 2,
                    matchedConcepts: Int.random(in: 0...2, using: &generator),
                    matchesWholePhrase: Bool.random(using: &generator))
            }
            let count = Int.random(in: 0...320, using: &generator)
            let selected = Set(RelevanceSelection.best(count, of: items).map(\.id))
            let sorted = items.sorted(by: ConceptRanker.precedes)
            let expected: Set<Int64>
            if count == 0 || count >= items.count {
                expected = Set(items.map(\.id))
            } else {
                let threshold = sorted[count - 1]
                expected = Set(sorted.filter { !ConceptRanker.precedes(threshold, $0) }.map(\.id))
            }
            #expect(selected == expected, "KN_SEED=\(Self.seed) round \(round): \(items.count) items, best \(count)")
        }
    }
}
