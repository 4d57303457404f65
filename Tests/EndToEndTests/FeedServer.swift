import Foundation
import KNTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fixture feed server (`Fixtures/feeds/feed_server.py`) on 127.0.0.1 and a free port,
/// started for one test and stopped when released; it logs every request to a file the test reads.
final class FeedServer {
    let port: Int
    private let process = Process()
    private let logPath: String
    private let phasePath: String

    /// Starts the server with its log and phase file in `folder`; waits for it to print its port.
    init(in folder: TemporaryFolder) throws {
        let fixtures = CLIProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/feeds")
        logPath = folder.path("requests.jsonl")
        phasePath = folder.path("phase")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", fixtures.appendingPathComponent("feed_server.py").path, "--root", fixtures.path,
            "--log", logPath, "--phase-file", phasePath, "--lifetime", "120",
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // The first line is `PORT <n>`; the server prints nothing else.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            kill(process.processIdentifier, SIGKILL)
            throw FeedServerError(message: "feed_server.py did not start (printed '\(text)')")
        }
        self.port = port
    }

    deinit {
        // SIGKILL, not SIGTERM: the test runner may hand its children SIGTERM blocked, and the
        // server has nothing to clean up (every log line is written and closed per request).
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The address of the fixture route `name` (`rss.xml`, `hang.xml`, …).
    func url(_ name: String) -> String { "http://127.0.0.1:\(port)/feeds/\(name)" }

    /// Serves `changing-v<phase>.xml` from now on.
    func setPhase(_ phase: Int) throws {
        try Data("\(phase)\n".utf8).write(to: URL(fileURLWithPath: phasePath))
    }

    /// Every request so far, oldest first: `path`, `user_agent`, `accept_encoding`, `if_none_match`, `if_modified_since`.
    func requests() -> [[String: Any]] {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// The requests for the route `name`.
    func requests(for name: String) -> [[String: Any]] {
        requests().filter { $0["path"] as? String == "/feeds/\(name)" }
    }
}

struct FeedServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
