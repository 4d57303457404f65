import Foundation

/// A fresh folder under the system temporary directory, removed when the test that made it ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kn-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions first so that removal cannot fail on a file made unreadable by the test.
        if let paths = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in paths {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(path).path)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `data` to `name` inside the folder and returns its URL.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// Writes UTF-8 `text` to `name` inside the folder and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Data(text.utf8), to: name)
    }
}

/// A minimal Revue export holding one news paragraph and one entry, for tests that need a valid file.
enum SampleRevue {
    static func text(title: String = "Weekly Kaggle News #3", paragraph: String = "ニュースです。") -> String {
        """
        # \(title)
        https://www.getrevue.co/profile/example/issues/sample-3
        <h3><h2>News</h2><p>\(paragraph)<a href="https://example.com/news">link</a></p></h3>
        <hr>
        <p>
        <strong style='display: block;'><a href="https://example.com/entry">Entry title</a></strong>
        </p>
        <p><p>Commentary.</p></p>

        """
    }
}
