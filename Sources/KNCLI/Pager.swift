import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows output that would scroll off a terminal through the user's pager, as git does:
/// `$KN_PAGER`, else `$PAGER`, else `less -R`, run by `/bin/sh -c`; `LESS` defaults to `FRX`
/// (quit if one screen, keep colours, leave the text on screen) unless the user set it.
struct Pager {
    /// The shell command that pages standard input.
    let command: String
    /// The environment the pager runs with.
    let environment: [String: String]

    /// The pager for stdout, or nil when output goes straight out: paging is turned off, stdout is not
    /// a terminal, the pager is empty or `cat`, or no pager was chosen and `less` is not installed.
    static func forStandardOutput(
        disabled: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Pager? {
        guard !disabled, isatty(STDOUT_FILENO) == 1 else { return nil }
        let chosen = environment["KN_PAGER"] ?? environment["PAGER"]
        if chosen == nil && !isInstalled("less", path: environment["PATH"]) { return nil }
        let command = (chosen ?? "less -R").trimmingCharacters(in: .whitespaces)
        guard !command.isEmpty, command != "cat" else { return nil }
        var environment = environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        // lv, the pager common on Japanese systems, passes colours through with -c (git sets it too).
        if environment["LV"] == nil { environment["LV"] = "-c" }
        return Pager(command: command, environment: environment)
    }

    /// Whether `text` takes more rows than fit above the prompt, counting wrapped lines.
    static func isLongerThanScreen(_ text: String, size: TerminalSize) -> Bool {
        var rows = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let width = DisplayWidth.of(withoutEscapes(line))
            rows += max(1, (width + size.columns - 1) / max(1, size.columns))
            if rows > size.rows - 1 { return true }
        }
        return false
    }

    /// Writes `text` through the pager and waits for it to quit; false when the pager could not be
    /// started, in which case nothing was written and the caller prints the text itself.
    func page(_ text: String) -> Bool {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        guard let pid = spawn(readingFrom: ends[0], closing: ends[1]) else {
            close(ends[0])
            close(ends[1])
            return false
        }
        close(ends[0])
        // While the pager has the terminal, Ctrl-C is for it (less uses it to stop a search), and a
        // pager quit before the end must not kill kn with SIGPIPE: the rest of the text is dropped.
        let oldInterrupt = signal(SIGINT, SIG_IGN)
        let oldPipe = signal(SIGPIPE, SIG_IGN)
        defer {
            signal(SIGINT, oldInterrupt)
            signal(SIGPIPE, oldPipe)
        }
        Self.writeAll(text, to: ends[1])
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return true
    }

    /// Starts `/bin/sh -c command` with `input` as its stdin; stdout and stderr stay the terminal.
    private func spawn(readingFrom input: Int32, closing writeEnd: Int32) -> pid_t? {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, input)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let arguments = ["sh", "-c", command].map(Self.cString) + [nil]
        let variables = environment.map { Self.cString("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in arguments + variables { free(pointer) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, variables) == 0 else { return nil }
        return pid
    }

    /// A C copy of `text` for `posix_spawn`, freed by the caller.
    private static func cString(_ text: String) -> UnsafeMutablePointer<CChar>? {
        text.withCString { strdup($0) }
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var written = 0
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while written < bytes.count {
                let result = write(descriptor, base + written, bytes.count - written)
                if result > 0 {
                    written += result
                } else if result == -1 && errno == EINTR {
                    continue
                } else {
                    return  // EPIPE: the reader quit; the rest is not wanted.
                }
            }
        }
    }

    /// `line` without ANSI CSI sequences (`ESC [ … final-byte`), to measure what is shown.
    static func withoutEscapes(_ line: Substring) -> String {
        guard line.contains("\u{1B}") else { return String(line) }
        var result = ""
        var inEscape = false
        for scalar in line.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isInstalled(_ program: String, path: String?) -> Bool {
        (path ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
        }
    }
}
