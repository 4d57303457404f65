import ArgumentParser
import KNCLI
import KNIndex

/// `kn-index check`: verify the index; one line per problem and exit 2 when it is damaged.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify the index (SQLite and FTS5 integrity, versions, source files).",
        discussion: """
            Prints nothing and exits 0 when the index is sound; else prints one line per problem \
            on stderr and exits 2. Indexed files deleted since the last update are listed too, \
            without failing the check (`kn-index update` catches up).

            Example:
              kn-index check --db /tmp/kn.sqlite
            """)

    @OptionGroup var index: IndexOptions

    func run() throws {
        let report = try IndexChecker.check(index.location)
        for line in report.problems + report.notes {
            Diagnostics.line("kn-index", line)
        }
        if !report.problems.isEmpty { throw ExitCode(ExitStatus.error) }
    }
}
