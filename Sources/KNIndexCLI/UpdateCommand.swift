import ArgumentParser
import KNCLI
import KNIndex

/// `kn-index update`: re-index only new, changed and deleted files; safe to run from cron.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Index new and changed files and drop deleted ones.",
        discussion: """
            With no SOURCE, uses the sources recorded in the index (else ./Corpus); with no index \
            yet, runs a rebuild. Files are compared by path, size and mtime, a change confirmed by \
            content. When nothing changed it writes nothing and prints nothing. Subscribed feeds \
            (kn-index feed) are fetched and archived first unless --offline; a failing feed is \
            reported and skipped, and the exit status is then 1.

            Exit status: 0 done; 1 some files skipped; 2 error (e.g. a rebuild is needed); \
            75 another kn-index is writing; 130/143 interrupted (nothing changed).

            Examples:
              kn-index update
              kn-index update --wait 60 --quiet
              kn-index update --verbose ~/newsletters/weekly-kaggle-news
            """)

    @OptionGroup var index: IndexOptions
    @OptionGroup var writing: WriterOptions
    @OptionGroup var feeds: FeedFetchOptions

    @Flag(name: .long, help: "List every file added, changed or removed, and the summary even when nothing changed.")
    var verbose = false

    @Argument(help: "Folders (searched recursively) or files.")
    var sources: [String] = []

    func run() throws {
        InterruptFlag.install()
        let location = index.location
        // Feeds first: new entries land in the archive, which the sources below then include.
        let feedsFailed = try feeds.synchronize(location: location, quiet: writing.quiet, verbose: verbose)
        let resolved = DefaultSources.resolve(sources, location: location)
        let quiet = writing.quiet
        let console = ProgressLine.forStandardError(quiet: quiet)
        defer { console.clear() }
        var writer = writing.writer(for: location, console: console)
        if verbose && !quiet { writer.detail = console.report }
        let summary = try writer.update(sources: resolved)
        console.clear()
        let somethingToSay = summary.changedAnything || !summary.skipped.isEmpty || verbose
        if !quiet && somethingToSay { Diagnostics.line("kn-index", summary.line) }
        if !summary.skipped.isEmpty || feedsFailed { throw ExitCode(ExitStatus.skippedFiles) }
    }
}
