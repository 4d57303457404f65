import ArgumentParser
import Foundation
import KNCLI
import KNIndex

/// `kn-index stats`: what the index holds, as a table or one JSON object.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show counts, sources and the last run of the index.",
        discussion: """
            Examples:
              kn-index stats
              kn-index stats --json | jq .items
            """)

    @OptionGroup var index: IndexOptions

    @Flag(name: .long, help: "Print one JSON object (see README) instead of a table.")
    var json = false

    func run() throws {
        let location = index.location
        let statistics = try IndexStatistics.read(at: location)
        let printer = StatisticsPrinter(path: location.path)
        let text = json ? printer.json(statistics) : printer.table(statistics)
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
