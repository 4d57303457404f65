import Foundation

/// A small seeded generator (SplitMix64, the seeder of xoshiro) so that every random case can be
/// replayed: property tests print `KN_SEED=…` in each failure message.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The run's seed: `KN_SEED` when set (to replay a failure), else a fresh random one.
enum PropertySeed {
    static let value: UInt64 = {
        if let text = ProcessInfo.processInfo.environment["KN_SEED"], let seed = UInt64(text) { return seed }
        return UInt64.random(in: 0...UInt64.max)
    }()

    /// A generator for one case, independent of how many draws earlier cases made, so that a
    /// failing case replays the same with any test filter.
    static func generator(case index: Int, stream: UInt64) -> SplitMix64 {
        // SplitMix64 mixes its state on output, so neighbouring seeds give unrelated streams.
        SplitMix64(seed: value &+ (stream << 40) &+ UInt64(index))
    }

    /// What a failure message starts with: how to replay it.
    static func replay(_ index: Int) -> String { "KN_SEED=\(value) case \(index)" }
}

/// `text` with every non-ASCII or control scalar as `\u{…}`, so failing inputs can be pasted back.
func escaped(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        if (0x20..<0x7F).contains(scalar.value), scalar != "\\", scalar != "\"" {
            result.unicodeScalars.append(scalar)
        } else {
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
    return result + "\""
}
