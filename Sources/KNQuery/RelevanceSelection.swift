/// The best items by relevance alone (`ConceptRanker.precedes`), without sorting them all.
///
/// A common term matches tens of thousands of items in a large archive, yet a page needs a few
/// dozen: keeping the best `count` in a bounded heap is O(n log count), and only those are then
/// ordered with their dates and merged. Items tied with the last one kept are kept too, so the
/// tie-breakers that need more than the score (recency, issue order) see every candidate they
/// would have seen in a full sort: the selection is always a prefix of the full order.
enum RelevanceSelection {
    static func best(_ count: Int, of items: [RankedItem]) -> [RankedItem] {
        guard count > 0, items.count > count else { return items }
        // A heap whose root is the worst item kept so far.
        var heap: [Int] = []
        heap.reserveCapacity(count)
        let worse: (Int, Int) -> Bool = { ConceptRanker.precedes(items[$1], items[$0]) }
        for index in items.indices {
            if heap.count < count {
                heap.append(index)
                siftUp(&heap, from: heap.count - 1, worse: worse)
            } else if ConceptRanker.precedes(items[index], items[heap[0]]) {
                heap[0] = index
                siftDown(&heap, from: 0, worse: worse)
            }
        }
        var kept = Array(repeating: false, count: items.count)
        for index in heap { kept[index] = true }
        let threshold = items[heap[0]]
        var selected = heap.map { items[$0] }
        for index in items.indices where !kept[index] && !ConceptRanker.precedes(threshold, items[index]) {
            selected.append(items[index])
        }
        return selected
    }

    private static func siftUp(_ heap: inout [Int], from start: Int, worse: (Int, Int) -> Bool) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard worse(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private static func siftDown(_ heap: inout [Int], from start: Int, worse: (Int, Int) -> Bool) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            let right = left + 1
            var worst = left
            if right < heap.count, worse(heap[right], heap[left]) { worst = right }
            guard worse(heap[worst], heap[parent]) else { return }
            heap.swapAt(worst, parent)
            parent = worst
        }
    }
}
