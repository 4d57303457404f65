import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command started without waiting for it, for tests that race, signal or kill it.
final class BackgroundProcess: @unchecked Sendable {
    let process = Process()
    private let out = Pipe()
    private let err = Pipe()
    private var stdoutData = Data()
    private var stderrData = Data()
    private let readers = DispatchGroup()

    /// Starts a built kn executable (`kn-index`) or, given a path, any program (`/usr/bin/flock`).
    init(_ executable: String, _ arguments: [String]) throws {
        process.executableURL = executable.hasPrefix("/")
            ? URL(fileURLWithPath: executable) : CLIProcess.productsDirectory.appendingPathComponent(executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "KN_DB")
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain both pipes as the child writes, so it never blocks on a full pipe.
        drain(out) { self.stdoutData = $0 }
        drain(err) { self.stderrData = $0 }
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Sends `signal` (SIGKILL, SIGTERM, …).
    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits for the end and returns status and output; a signal death reads as 128 + N.
    func wait() -> CLIProcess.Output {
        process.waitUntilExit()
        readers.wait()
        let status = process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
        return CLIProcess.Output(
            status: status, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    private func drain(_ pipe: Pipe, into store: @escaping @Sendable (Data) -> Void) {
        readers.enter()
        let handle = pipe.fileHandleForReading
        DispatchQueue.global().async { [readers] in
            store(handle.readDataToEndOfFile())
            readers.leave()
        }
    }
}

/// Waiting helpers for the writer lock (`PATH.lock`, holding the writer's pid).
enum LockFile {
    /// Waits until the lock file names `pid`, i.e. that writer holds the lock and is working.
    static func waitUntilHeld(_ lockPath: String, by pid: Int32, timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: lockPath, encoding: .utf8),
                text.trimmingCharacters(in: .whitespacesAndNewlines) == String(pid)
            {
                return true
            }
            usleep(2_000)
        }
        return false
    }

    /// Whether some process holds the lock, asked with `flock -n` (exit 1 while held).
    static func isHeld(_ lockPath: String) throws -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: Tools.flock ?? "/usr/bin/flock")
        probe.arguments = ["-n", lockPath, "true"]
        try probe.run()
        probe.waitUntilExit()
        return probe.terminationStatus != 0
    }
}

/// Optional command-line tools some tests use; a test needing a missing one is skipped.
enum Tools {
    static let flock = find("flock")
    static let sqlite3 = find("sqlite3")
    static let script = find("script")

    private static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
