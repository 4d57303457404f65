import ArgumentParser
import Foundation
import KNCLI
import KNFeedFetch
import KNFeeds
import KNIndex

/// `--offline` and `--fetch-timeout` of `kn-index update`, and the feed step it runs before indexing.
struct FeedFetchOptions: ParsableArguments {
    @Flag(name: .long, help: "Do not fetch the subscribed feeds; index the local files (and the archive) only.")
    var offline = false

    @Option(name: .customLong("fetch-timeout"), help: "Give up on a feed after SECONDS (default 20).")
    var fetchTimeout: Double = 20

    func validate() throws {
        guard fetchTimeout > 0, fetchTimeout.isFinite else {
            throw ValidationError("--fetch-timeout must be a positive number of seconds")
        }
    }

    /// Fetches every subscribed feed into the archive unless `--offline`; returns whether any failed.
    ///
    /// Each failed feed is one stderr line `kn-index: feed NAME (URL): reason`, printed even with
    /// `--quiet` (it is an error); `verbose` also prints how each fetched feed went.
    func synchronize(location: IndexLocation, quiet: Bool, verbose: Bool) throws -> Bool {
        guard !offline else { return false }
        let synchronizer = FeedSynchronizer(
            location: FeedLocation(indexPath: location.path), fetcher: FeedFetcher(timeout: fetchTimeout))
        var failed = false
        do {
            _ = try synchronizer.synchronize(
                checkpoint: InterruptFlag.check, shouldCancel: { (try? InterruptFlag.check()) == nil },
                completed: { result in
                    failed = failed || result.failed
                    if result.failed || (verbose && !quiet) { Diagnostics.line("kn-index", result.line) }
                })
        } catch let error as FeedError {
            // The local files are still indexed; the exit status says something was skipped.
            Diagnostics.line("kn-index", "feeds: \(error.message)")
            return true
        }
        return failed
    }
}
