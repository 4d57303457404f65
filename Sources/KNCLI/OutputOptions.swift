import ArgumentParser
import Foundation

/// How `kn-search` prints: `--format`, `--json`, `--group` and `--no-pager`.
struct OutputOptions: ParsableArguments {
    /// An output format; every one but `text` is stable for scripts (see `docs/json-schema.md`).
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, tsv, csv, urls, json
    }

    /// How text output is grouped.
    enum Grouping: String, CaseIterable, ExpressibleByArgument {
        case none, issue
    }

    @Option(name: .long, help: "Output format (default: text).")
    var format: Format?

    @Flag(name: .long, help: "Print one JSON object per hit per line (same as --format json).")
    var json = false

    @Option(name: .long, help: "issue: print text hits under a header per issue.")
    var group: Grouping = .none

    @Flag(name: .long, help: "Never pipe long output through $PAGER.")
    var noPager = false

    /// The format asked for, `text` by default.
    var resolvedFormat: Format { json ? .json : format ?? .text }

    func validate() throws {
        if json, let format, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) disagree; give one of them")
        }
        if group != .none && resolvedFormat != .text {
            throw ValidationError("--group applies to text output only, not --format \(resolvedFormat.rawValue)")
        }
    }

    /// Writes a command's whole output: through the pager when it would scroll off the terminal,
    /// else straight to stdout.
    func emit(_ text: String, size: TerminalSize) {
        if let pager = Pager.forStandardOutput(disabled: noPager), Pager.isLongerThanScreen(text, size: size),
            pager.page(text)
        {
            return
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
