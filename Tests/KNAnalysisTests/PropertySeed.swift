import Foundation
import KNTestSupport

/// The run's seed: `KN_SEED` when set (to replay a failure), else a fresh random one.
enum PropertySeed {
    static let value = RunSeed.value

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
