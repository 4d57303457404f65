import Foundation
import KNTestSupport
import Testing

/// Runs a command on a pseudo-terminal through util-linux `script`, so kn-search sees a TTY.
enum PseudoTerminal {
    static let script = "/usr/bin/script"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: script) }

    /// Runs `shellCommand` under `script -qec` with exactly `environment` (plus PATH and HOME);
    /// returns what the terminal showed, with the terminal's CR LF turned back into LF.
    static func run(_ shellCommand: String, environment: [String: String]) throws -> CLIProcess.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", shellCommand, "/dev/null"]
        let inherited = ProcessInfo.processInfo.environment
        var clean = ["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp", "SHELL": "/bin/sh"]
        clean["TERM"] = "xterm-256color"
        clean.merge(environment) { _, new in new }
        process.environment = clean
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return CLIProcess.Output(status: process.terminationStatus, stdout: text, stderr: "")
    }

    /// `'text'` for the shell.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}

/// Colours, widths and paging on a real (pseudo-)terminal, and their absence in pipes.
@Suite("kn-search on a terminal", .enabled(if: PseudoTerminal.isAvailable, "needs util-linux script"))
struct TerminalEndToEndTests {
    static let archive = CLIProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/archive").path
    static let search = CLIProcess.productsDirectory.appendingPathComponent("kn-search").path

    func index(in folder: TemporaryFolder) throws -> String {
        let db = folder.path("index.sqlite")
        let result = try CLIProcess.run("kn-index", ["rebuild", "--db", db, Self.archive])
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    /// `kn-search --db DB ARGS…` as a shell command, after `stty` sets the terminal's size.
    func command(_ arguments: [String], db: String, columns: Int = 80, rows: Int = 50) -> String {
        "stty cols \(columns) rows \(rows); "
            + ([Self.search, "--db", db] + arguments).map(PseudoTerminal.quoted).joined(separator: " ")
    }

    @Test("On a terminal matches are coloured; NO_COLOR=1 removes every escape sequence")
    func colours() throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        for arguments in [["カグル"], ["--topics"], ["--group", "issue", "学習"]] {
            let coloured = try PseudoTerminal.run(command(arguments, db: db), environment: [:])
            #expect(coloured.stdout.contains("\u{1B}[1m"), "\(arguments): \(coloured.stdout)")
            let plain = try PseudoTerminal.run(command(arguments, db: db), environment: ["NO_COLOR": "1"])
            #expect(!plain.stdout.isEmpty)
            #expect(!plain.stdout.contains("\u{1B}"), "\(arguments): \(plain.stdout)")
        }
        let match = try PseudoTerminal.run(command(["カグル"], db: db), environment: [:])
        #expect(match.stdout.contains("\u{1B}[1;31mｶｸﾞﾙ\u{1B}[0m"), "the half-width spelling is highlighted")
    }

    @Test("Piped output has no escape sequences in any format, even with a pager set")
    func piped() throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        for arguments in [["学習"], ["--group", "issue", "学習"], ["--topics"], ["--format", "csv", "学習"]] {
            let result = try CLIProcess.run(
                "kn-search", ["--db", db] + arguments, environment: ["NO_COLOR": "", "PAGER": "sed s/^/paged:/", "LINES": "2"])
            #expect(result.status == 0)
            #expect(!result.stdout.contains("\u{1B}"))
            #expect(!result.stdout.contains("paged:"))
        }
    }

    @Test("Lines follow the terminal's width when COLUMNS is not set")
    func terminalWidth() throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        let result = try PseudoTerminal.run(command(["学習"], db: db, columns: 30), environment: ["NO_COLOR": "1"])
        let lines = result.stdout.split(separator: "\n").filter { !$0.contains("https://") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { Self.columns($0) <= 30 }, "\(lines)")
    }

    /// A naive column count (kana, kanji, Hangul and full-width forms take two) to check against.
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { sum, scalar in
            let wide = [0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF01...0xFF60, 0xFFE0...0xFFE6]
                .contains { $0.contains(Int(scalar.value)) }
            return sum + (wide ? 2 : 1)
        }
    }

    @Test("Long output on a terminal goes through $PAGER with LESS=FRX; --no-pager and short output do not")
    func pager() throws {
        let folder = try TemporaryFolder()
        let db = try index(in: folder)
        let pager = #"echo "LESS=$LESS"; sed "s/^/paged:/""#
        let long = try PseudoTerminal.run(command(["学習"], db: db, rows: 5), environment: ["PAGER": pager])
        #expect(long.stdout.contains("LESS=FRX"), "\(long.stdout)")
        #expect(long.stdout.contains("paged:1. "))
        let userLess = try PseudoTerminal.run(command(["学習"], db: db, rows: 5), environment: ["PAGER": pager, "LESS": "-i"])
        #expect(userLess.stdout.contains("LESS=-i"))
        let off = try PseudoTerminal.run(command(["--no-pager", "学習"], db: db, rows: 5), environment: ["PAGER": pager])
        #expect(!off.stdout.contains("paged:") && off.stdout.contains("1. "))
        let short = try PseudoTerminal.run(command(["熱力学"], db: db, rows: 50), environment: ["PAGER": pager])
        #expect(!short.stdout.contains("paged:") && short.stdout.contains("1. "))
    }
}
