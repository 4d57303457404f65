import Foundation
import KNTestSupport
import Testing

/// Readers during writes and writers against writers, with real processes.
@Suite("kn-index with concurrent readers and writers", .serialized)
struct ConcurrencyEndToEndTests {
    static let query = "PyTorch"

    @Test("kn-search in a loop during a rebuild and an update: no failed query, every answer from a whole index")
    func readersDuringWrites() throws {
        let folder = try TemporaryFolder()
        let source = folder.url.appendingPathComponent("src")
        try GeneratedCorpus.write(copies: 0..<2, into: source)
        let db = folder.path("index.sqlite")
        #expect(try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", db, source.path]).status == 0)
        let before = try answer(db)

        try GeneratedCorpus.write(copies: 2..<6, into: source)
        let duringRebuild = try ReaderLoop.run(db: db, query: Self.query) {
            let rebuild = try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", db, source.path])
            #expect(rebuild.status == 0, "\(rebuild.stderr)")
        }
        let rebuilt = try answer(db)
        #expect(rebuilt != before)
        expect(duringRebuild, among: [before, rebuilt], "during rebuild")

        for copy in 0..<1 {
            for template in GeneratedCorpus.templates.indices {
                try FileManager.default.removeItem(at: GeneratedCorpus.url(copy: copy, template: template, in: source))
            }
        }
        try GeneratedCorpus.write(copies: 6..<8, into: source)
        let duringUpdate = try ReaderLoop.run(db: db, query: Self.query) {
            let update = try CLIProcess.run("kn-index", ["update", "--quiet", "--db", db])
            #expect(update.status == 0, "\(update.stderr)")
        }
        let updated = try answer(db)
        #expect(updated != rebuilt)
        expect(duringUpdate, among: [rebuilt, updated], "during update")
    }

    func answer(_ db: String) throws -> Set<Int> {
        let result = try CLIProcess.run("kn-search", ["--db", db, "--json", "--limit", "1000", Self.query])
        #expect(result.status == 0, "\(result.stderr)")
        return answeredIssues(result)
    }

    func expect(_ answers: [ReaderLoop.Answer], among allowed: [Set<Int>], _ phase: String) {
        #expect(!answers.isEmpty, "\(phase): no query ran")
        for answer in answers {
            #expect(answer.status == 0 && answer.stderr.isEmpty, "\(phase): query failed: \(answer.stderr)")
            #expect(allowed.contains(answer.issues), "\(phase): an answer from a partial index (\(answer.issues.count) issues)")
        }
    }

    @Test("Two writers at once: one works, the other exits 75 naming the first one's pid")
    func secondWriterIsLocked() throws {
        let folder = try TemporaryFolder()
        let source = folder.url.appendingPathComponent("src")
        try GeneratedCorpus.write(copies: 0..<10, into: source)
        let db = folder.path("index.sqlite")
        let first = try BackgroundProcess("kn-index", ["rebuild", "--quiet", "--db", db, source.path])
        #expect(LockFile.waitUntilHeld(db + ".lock", by: first.pid))
        let second = try CLIProcess.run("kn-index", ["update", "--db", db, source.path])
        let firstResult = first.wait()
        #expect(second.status == 75)
        #expect(second.stderr == "kn-index: index is being updated by pid \(first.pid); try again later\n")
        #expect(firstResult.status == 0, "\(firstResult.stderr)")
        #expect(try CLIProcess.run("kn-index", ["check", "--db", db]).status == 0)
    }

    @Test("--wait waits for the lock to be released; without enough wait it is 75", .enabled(if: Tools.flock != nil))
    func waitForLock() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("index.sqlite")
        let corpus = CLIProcess.packageRoot.appendingPathComponent("Corpus/2021-07-23_Weekly Kaggle News #84.md").path
        #expect(try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", db, corpus]).status == 0)
        let holder = try BackgroundProcess(Tools.flock ?? "flock", [db + ".lock", "sleep", "1.5"])
        defer { _ = holder.wait() }
        let deadline = Date().addingTimeInterval(5)
        while try !LockFile.isHeld(db + ".lock"), Date() < deadline { usleep(10_000) }
        let impatient = try CLIProcess.run("kn-index", ["update", "--db", db, "--wait", "0.2"])
        #expect(impatient.status == 75)
        #expect(impatient.stderr == "kn-index: index is being updated by another process; try again later\n")
        let started = Date()
        let patient = try CLIProcess.run("kn-index", ["update", "--db", db, "--wait", "10"])
        #expect(patient.status == 0, "\(patient.stderr)")
        #expect(Date().timeIntervalSince(started) > 0.5, "it waited for the holder")
    }

    @Test("After kill -9 of a writer, the next writer is not blocked and the index is intact")
    func killedWriterLeavesNoLock() throws {
        let folder = try TemporaryFolder()
        let source = folder.url.appendingPathComponent("src")
        try GeneratedCorpus.write(copies: 0..<1, into: source)
        let db = folder.path("index.sqlite")
        #expect(try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", db, source.path]).status == 0)
        let before = try answer(db)
        try GeneratedCorpus.write(copies: 1..<10, into: source)
        let writer = try BackgroundProcess("kn-index", ["rebuild", "--quiet", "--db", db, source.path])
        #expect(LockFile.waitUntilHeld(db + ".lock", by: writer.pid))
        usleep(200_000)
        writer.send(SIGKILL)
        #expect(writer.wait().status == 128 + SIGKILL)
        #expect(try answer(db) == before, "the killed rebuild published nothing")
        let next = try CLIProcess.run("kn-index", ["update", "--quiet", "--db", db])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try answer(db).count > before.count)
        #expect(try CLIProcess.run("kn-index", ["check", "--db", db]).status == 0)
    }
}

/// Runs `kn-search` back to back on a background thread while `body` writes the index.
enum ReaderLoop {
    struct Answer {
        let status: Int32
        let stderr: String
        let issues: Set<Int>
    }

    /// The answers of every query started while `body` ran.
    static func run(db: String, query: String, during body: () throws -> Void) throws -> [Answer] {
        let state = State()
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while !state.stopped {
                guard let result = try? CLIProcess.run("kn-search", ["--db", db, "--json", "--limit", "1000", query])
                else { continue }
                state.append(Answer(status: result.status, stderr: result.stderr, issues: answeredIssues(result)))
                usleep(3_000)
            }
            finished.signal()
        }
        let outcome = Result { try body() }
        state.stop()
        finished.wait()
        try outcome.get()
        return state.answers
    }

    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var stopFlag = false
        private var collected: [Answer] = []

        var stopped: Bool { lock.withLock { stopFlag } }
        var answers: [Answer] { lock.withLock { collected } }
        func stop() { lock.withLock { stopFlag = true } }
        func append(_ answer: Answer) { lock.withLock { collected.append(answer) } }
    }
}
