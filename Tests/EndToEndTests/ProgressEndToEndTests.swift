import Foundation
import KNTestSupport
import Testing

/// The progress line of long writes: on a terminal only, never in cron or pipe output.
@Suite("kn-index progress line", .serialized)
struct ProgressEndToEndTests {
    func corpus(in folder: TemporaryFolder) throws -> String {
        let source = folder.url.appendingPathComponent("src")
        try GeneratedCorpus.write(copies: 0..<20, into: source)
        return source.path
    }

    @Test("Piped, a long rebuild prints only its summary line")
    func noProgressWhenPiped() throws {
        let folder = try TemporaryFolder()
        let source = try corpus(in: folder)
        let result = try CLIProcess.run("kn-index", ["rebuild", "--db", folder.path("index.sqlite"), source])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("indexing"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("On a terminal, a long rebuild shows files done/total, MB/s and time left", .enabled(if: Tools.script != nil))
    func progressOnTerminal() throws {
        let folder = try TemporaryFolder()
        let source = try corpus(in: folder)
        let executable = CLIProcess.productsDirectory.appendingPathComponent("kn-index").path
        // KN_PROGRESS_AFTER=0: draw from the first file, however fast this machine parses.
        let command = ["rebuild", "--db", folder.path("index.sqlite"), source].reduce("KN_PROGRESS_AFTER=0 " + executable) {
            $0 + " '\($1)'"
        }
        // util-linux script(1) runs the command on a pseudo-terminal and copies what it prints.
        let terminal = try BackgroundProcess(Tools.script ?? "script", ["-q", "-e", "-c", command, "/dev/null"])
        let result = terminal.wait()
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\r\u{1B}[Kindexing "))
        #expect(result.stdout.contains(" files · "))
        #expect(result.stdout.contains("MB/s"))
        #expect(result.stdout.contains("left"))
        #expect(result.stdout.contains("\r\u{1B}[Kkn-index: added 60 issues"), "the line is cleared before the summary")
    }
}
