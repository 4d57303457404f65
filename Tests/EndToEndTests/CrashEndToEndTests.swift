import Foundation
import KNTestSupport
import Testing

/// Writers killed or interrupted at random points never leave a broken or half-written index.
@Suite("kn-index killed or interrupted mid-write", .serialized)
struct CrashEndToEndTests {
    @Test("kill -9 at random points of rebuild and update, 20 times: check passes and kn-search answers every time")
    func killLoop() throws {
        let folder = try TemporaryFolder()
        let source = folder.url.appendingPathComponent("src")
        try GeneratedCorpus.write(copies: 0..<4, into: source)
        let db = folder.path("index.sqlite")
        let seed = UInt64.random(in: 0..<1_000_000)
        var random = SplitMix64(seed: seed)
        var nextCopy = 4
        // How long each writer takes when left alone, so that the kills land inside the work.
        let rebuildSeconds = try timed(["rebuild", "--quiet", "--db", db, source.path])
        try mutate(source, nextCopy: nextCopy, random: &random)
        nextCopy += 1
        let updateSeconds = try timed(["update", "--quiet", "--db", db])
        var killedWhileRunning = 0
        for round in 0..<20 {
            let arguments: [String]
            let seconds: Double
            if round.isMultiple(of: 2) {
                (arguments, seconds) = (["rebuild", "--quiet", "--db", db, source.path], rebuildSeconds)
            } else {
                try mutate(source, nextCopy: nextCopy, random: &random)
                nextCopy += 1
                (arguments, seconds) = (["update", "--quiet", "--db", db], updateSeconds)
            }
            let writer = try BackgroundProcess("kn-index", arguments)
            usleep(UInt32(Double.random(in: 0.02...max(0.03, seconds * 0.9), using: &random) * 1_000_000))
            if writer.isRunning { killedWhileRunning += 1 }
            writer.send(SIGKILL)
            let status = writer.wait().status
            let context = "seed \(seed) round \(round) \(arguments[0])"
            #expect(status == 128 + SIGKILL || status == 0, "\(context): exit \(status)")
            // Both readers at once: they must not disturb each other either.
            let check = try BackgroundProcess("kn-index", ["check", "--db", db])
            let search = try BackgroundProcess("kn-search", ["--db", db, "--json", "PyTorch"])
            let checked = check.wait()
            let searched = search.wait()
            #expect(checked.status == 0 && !checked.stderr.contains("problem"), "\(context): \(checked.stderr)")
            #expect(searched.status == 0 && !searched.jsonLines.isEmpty, "\(context): \(searched.stderr)")
        }
        #expect(killedWhileRunning >= 10, "seed \(seed): most kills should land mid-work")
        // The survivor catches up with every file.
        let final = try CLIProcess.run("kn-index", ["update", "--quiet", "--db", db])
        #expect(final.status == 0, "seed \(seed): \(final.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: source.path).count
        let stats = try CLIProcess.run("kn-index", ["stats", "--json", "--db", db]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any]
        #expect(object?["files"] as? Int == files, "seed \(seed)")
        #expect(try CLIProcess.run("kn-index", ["check", "--db", db]).stderr.isEmpty, "seed \(seed)")
    }

    /// Runs `kn-index` to the end and returns how long it took.
    func timed(_ arguments: [String]) throws -> Double {
        let started = Date()
        let result = try CLIProcess.run("kn-index", arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return Date().timeIntervalSince(started)
    }

    /// Changes two files, deletes one and adds a new copy, so that `update` has work to do.
    func mutate(_ source: URL, nextCopy: Int, random: inout SplitMix64) throws {
        var files = try FileManager.default.contentsOfDirectory(at: source, includingPropertiesForKeys: nil)
            .sorted { $0.path < $1.path }
        for _ in 0..<2 where !files.isEmpty {
            let file = files[Int.random(in: files.indices, using: &random)]
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data((text + "\n<p>追記 \(nextCopy)</p>\n").utf8).write(to: file)
        }
        if files.count > 6 {
            try FileManager.default.removeItem(at: files.remove(at: Int.random(in: files.indices, using: &random)))
        }
        try GeneratedCorpus.write(copies: nextCopy..<(nextCopy + 1), into: source)
    }

    @Test("SIGTERM during a rebuild exits 143 and leaves the previous index byte for byte")
    func terminatedRebuild() throws {
        let folder = try TemporaryFolder()
        let source = folder.url.appendingPathComponent("src")
        try GeneratedCorpus.write(copies: 0..<1, into: source)
        let db = folder.path("index.sqlite")
        #expect(try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", db, source.path]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        try GeneratedCorpus.write(copies: 1..<12, into: source)
        let writer = try BackgroundProcess("kn-index", ["rebuild", "--db", db, source.path])
        #expect(LockFile.waitUntilHeld(db + ".lock", by: writer.pid))
        usleep(150_000)
        writer.send(SIGTERM)
        let result = writer.wait()
        #expect(result.status == 143)
        #expect(result.stderr.hasSuffix("kn-index: interrupted by signal 15; the previous index is unchanged\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: db + ".building"))
        #expect(try CLIProcess.run("kn-index", ["check", "--db", db]).status == 0)
    }

    @Test("A first rebuild killed mid-work leaves no index at all, not an empty one")
    func killedFirstRebuild() throws {
        let folder = try TemporaryFolder()
        let source = folder.url.appendingPathComponent("src")
        try GeneratedCorpus.write(copies: 0..<6, into: source)
        let db = folder.path("index.sqlite")
        let writer = try BackgroundProcess("kn-index", ["rebuild", "--quiet", "--db", db, source.path])
        #expect(LockFile.waitUntilHeld(db + ".lock", by: writer.pid))
        usleep(200_000)
        writer.send(SIGKILL)
        _ = writer.wait()
        #expect(!FileManager.default.fileExists(atPath: db))
        let update = try CLIProcess.run("kn-index", ["update", "--quiet", "--db", db, source.path])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(try CLIProcess.run("kn-index", ["check", "--db", db]).status == 0)
    }

    @Test("SIGINT during an update exits 130 and rolls the whole update back")
    func interruptedUpdate() throws {
        let folder = try TemporaryFolder()
        let source = folder.url.appendingPathComponent("src")
        try GeneratedCorpus.write(copies: 0..<1, into: source)
        let db = folder.path("index.sqlite")
        #expect(try CLIProcess.run("kn-index", ["rebuild", "--quiet", "--db", db, source.path]).status == 0)
        let before = try contentStatistics(db)
        try GeneratedCorpus.write(copies: 1..<12, into: source)
        let writer = try BackgroundProcess("kn-index", ["update", "--db", db])
        #expect(LockFile.waitUntilHeld(db + ".lock", by: writer.pid))
        usleep(150_000)
        writer.send(SIGINT)
        let result = writer.wait()
        #expect(result.status == 130, "\(result.stderr)")
        #expect(try contentStatistics(db) == before)
        #expect(try CLIProcess.run("kn-index", ["check", "--db", db]).status == 0)
    }
}

/// `kn-index stats --json` without `index_bytes` (a rolled-back WAL may keep its frames).
func contentStatistics(_ db: String) throws -> String {
    let output = try CLIProcess.run("kn-index", ["stats", "--json", "--db", db]).stdout
    var object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
    object["index_bytes"] = nil
    return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
}

