import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the screen output is laid out for: `COLUMNS`/`LINES` when set (so scripts and tests
/// can ask for a width), else the terminal's own size on a TTY, else 80×24.
struct TerminalSize: Equatable {
    var columns: Int
    var rows: Int

    static let fallback = TerminalSize(columns: 80, rows: 24)

    static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalSize {
        let window = isatty(STDOUT_FILENO) == 1 ? windowSize(of: STDOUT_FILENO) : nil
        return resolve(environment: environment, window: window)
    }

    /// The size from the environment, else the window (if any), else the fallback, per dimension.
    static func resolve(environment: [String: String], window: TerminalSize?) -> TerminalSize {
        TerminalSize(
            columns: positive(environment["COLUMNS"]) ?? window?.columns ?? fallback.columns,
            rows: positive(environment["LINES"]) ?? window?.rows ?? fallback.rows)
    }

    /// The kernel's idea of the terminal size (`TIOCGWINSZ`); nil when it has none (a serial line
    /// or a pseudo-terminal nobody sized reports 0×0).
    static func windowSize(of descriptor: Int32) -> TerminalSize? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return TerminalSize(columns: Int(size.ws_col), rows: Int(size.ws_row))
    }

    private static func positive(_ value: String?) -> Int? {
        guard let value, let number = Int(value.trimmingCharacters(in: .whitespaces)), number > 0 else { return nil }
        return number
    }
}
