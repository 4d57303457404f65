import Foundation

/// The seed of this test run: `KN_SEED` when set (to replay a failure), else a fresh random one.
/// Every randomised test prints it in its failures.
public enum RunSeed {
    public static let value: UInt64 = {
        if let text = ProcessInfo.processInfo.environment["KN_SEED"], let seed = UInt64(text) { return seed }
        return UInt64.random(in: 0...UInt64.max)
    }()
}
