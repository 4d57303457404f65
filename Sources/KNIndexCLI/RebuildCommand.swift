import ArgumentParser
import KNCLI
import KNIndex

/// `kn-index rebuild`: index every source from scratch and publish atomically.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Re-index every issue from scratch.",
        discussion: """
            With no SOURCE, uses the sources recorded by the last rebuild, else ./Corpus.

            Examples:
              kn-index rebuild
              kn-index rebuild --db /tmp/kn.sqlite ~/newsletters/weekly-kaggle-news
            """)

    @OptionGroup var index: IndexOptions
    @OptionGroup var writing: WriterOptions

    @Argument(help: "Folders (searched recursively) or files.")
    var sources: [String] = []

    func run() throws {
        InterruptFlag.install()
        let location = index.location
        let resolved = DefaultSources.resolve(sources, location: location)
        let console = ProgressLine.forStandardError(quiet: writing.quiet)
        defer { console.clear() }
        let summary = try writing.writer(for: location, console: console).rebuild(sources: resolved)
        console.clear()
        if !writing.quiet { Diagnostics.line("kn-index", summary.line) }
        if !summary.skipped.isEmpty { throw ExitCode(ExitStatus.skippedFiles) }
    }
}

/// Options every writing command shares.
struct WriterOptions: ParsableArguments {
    @Option(name: .long, help: "Wait up to SECONDS for another writer instead of exiting with 75.")
    var wait: Double?

    @Flag(name: .long, help: "Print errors only.")
    var quiet = false

    /// A writer that reports skipped files and warnings through `console` unless `--quiet`.
    func writer(for location: IndexLocation, console: ProgressLine) -> IndexWriter {
        let quiet = self.quiet
        var writer = IndexWriter(location: location, wait: wait) { line in
            if !quiet { console.report(line) }
        }
        writer.progress = console.update
        return writer
    }
}
