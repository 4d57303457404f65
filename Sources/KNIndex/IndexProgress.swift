import Foundation

/// How far a `rebuild` or `update` has got, reported after every file for a progress line.
public struct IndexProgress: Sendable, Equatable {
    /// Files read so far (indexed or skipped).
    public var filesDone: Int
    /// Files this run will read.
    public var filesTotal: Int
    /// Bytes of the files read so far.
    public var bytesDone: Int
    /// Seconds since the run started.
    public var elapsed: Double

    public init(filesDone: Int, filesTotal: Int, bytesDone: Int, elapsed: Double) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
        self.elapsed = elapsed
    }

    /// Bytes read per second so far; 0 before any time has passed.
    public var bytesPerSecond: Double { elapsed > 0 ? Double(bytesDone) / elapsed : 0 }

    /// Seconds left at the rate so far (by files, as parse time follows file count more than
    /// size); nil until one file is done.
    public var secondsLeft: Double? {
        guard filesDone > 0, filesTotal >= filesDone else { return nil }
        return elapsed / Double(filesDone) * Double(filesTotal - filesDone)
    }
}
