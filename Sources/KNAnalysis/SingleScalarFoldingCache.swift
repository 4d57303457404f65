import Foundation

/// The slow path's results for chunks of one scalar that `SingleScalarFolding` has no table for
/// (`…` → `...`, Cyrillic, emoji, enclosed digits), kept for the life of the process.
///
/// Each Foundation call cost about 20,000 instructions, and these few hundred distinct scalars
/// were 9% of the archive's analysis; a locked lookup costs well under 1% of that. Results are
/// a pure function of the scalar, so caching changes no output. The cache stops growing at
/// `capacity` entries, so a text of every scalar cannot grow it without bound.
final class SingleScalarFoldingCache: @unchecked Sendable {
    /// The cache `UnicodeNormalizer` uses.
    static let shared = SingleScalarFoldingCache()

    /// Entries kept at most (a few hundred bytes each).
    static let capacity = 4096

    // Guards `entries`; @unchecked Sendable rests on it.
    private let lock = NSLock()
    private var entries: [UInt32: [Unicode.Scalar]] = [:]

    /// `compute(scalar)`, from the cache when it was computed before.
    func folded(_ scalar: Unicode.Scalar, compute: (Unicode.Scalar) -> [Unicode.Scalar]) -> [Unicode.Scalar] {
        if let cached = lock.withLock({ entries[scalar.value] }) { return cached }
        // Computed outside the lock: two threads may both compute it, with the same result.
        let result = compute(scalar)
        lock.withLock {
            if entries.count < Self.capacity { entries[scalar.value] = result }
        }
        return result
    }
}
