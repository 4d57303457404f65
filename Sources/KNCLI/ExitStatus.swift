import ArgumentParser
import KNIndex
import KNQuery

/// kn's exit statuses: 0 found (or done), 1 nothing found (or some files skipped), 2 error,
/// 75 (EX_TEMPFAIL) when another writer holds the index, 128+N after signal N.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let nothingFound: Int32 = 1
    public static let skippedFiles: Int32 = 1
    public static let error: Int32 = 2
    public static let locked: Int32 = 75

    /// The status for an error thrown by a command.
    static func status(for error: any Error) -> Int32 {
        switch error {
        case IndexError.locked: locked
        case IndexError.interrupted(let signal): 128 + signal
        default: self.error
        }
    }
}
