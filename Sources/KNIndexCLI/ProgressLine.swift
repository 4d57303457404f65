import Foundation
import KNCLI
import KNIndex

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress of a long `rebuild` or `update` on one redrawn stderr line: files done/total,
/// MB/s and time left. Only on a terminal, only once a run has taken a second (or
/// `$KN_PROGRESS_AFTER` seconds), redrawn at most five times a second; cron and pipes get nothing.
final class ProgressLine {
    private let enabled: Bool
    private let delay: Double
    private var lastDrawn = -1.0
    private var showing = false

    init(enabled: Bool, delay: Double = 1) {
        self.enabled = enabled
        self.delay = delay
    }

    /// A progress line on stderr when it is a terminal and the run is not `--quiet`.
    static func forStandardError(quiet: Bool, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> ProgressLine
    {
        let delay = environment["KN_PROGRESS_AFTER"].flatMap(Double.init) ?? 1
        return ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1, delay: delay)
    }

    /// Redraws the line for `progress` when it is time to.
    func update(_ progress: IndexProgress) {
        guard enabled, progress.elapsed >= delay, progress.elapsed - lastDrawn >= 0.2 else { return }
        lastDrawn = progress.elapsed
        showing = true
        write("\r\u{1B}[K" + Self.text(progress))
    }

    /// Prints one diagnostic line without tearing the progress line.
    func report(_ message: String) {
        clear()
        Diagnostics.line("kn-index", message)
    }

    /// Erases the progress line, before a summary or an error is printed.
    func clear() {
        guard showing else { return }
        showing = false
        write("\r\u{1B}[K")
    }

    /// `indexing 120/1000 files · 3.2 MB/s · 0:12 left`
    static func text(_ progress: IndexProgress) -> String {
        let rate = String(format: "%.1f MB/s", progress.bytesPerSecond / 1_000_000)
        var parts = ["indexing \(progress.filesDone)/\(progress.filesTotal) files", rate]
        if let left = progress.secondsLeft {
            let seconds = Int(left.rounded())
            parts.append(String(format: "%d:%02d left", seconds / 60, seconds % 60))
        }
        return parts.joined(separator: " · ")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
