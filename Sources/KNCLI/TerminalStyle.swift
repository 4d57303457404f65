import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ANSI styling, on only when stdout is a terminal and `NO_COLOR` is unset (https://no-color.org).
struct TerminalStyle {
    let enabled: Bool

    static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(enabled: isatty(STDOUT_FILENO) == 1 && !noColor)
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func match(_ text: String) -> String { wrap(text, "1;31") }
    func link(_ text: String) -> String { wrap(text, "36") }

    /// One laid-out line; every span is opened and closed on it, so each line stands alone
    /// (a pager can start the screen at any line and the colours are still right).
    func render(_ line: StyledText) -> String {
        line.spans.map { span in
            switch span.role {
            case .plain: span.text
            case .bold: bold(span.text)
            case .dim: dim(span.text)
            case .match: match(span.text)
            case .link: link(span.text)
            }
        }.joined()
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
