import Foundation

/// Where the tests find their fixtures and the shared real archive.
enum TestPaths {
    /// This folder in the source tree (symbolic links resolved, so a dev package that links the folder
    /// still writes re-recorded goldens into the real repository).
    static let testsFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()

    /// The repository root: `Tests/KNIngestTests/..`.
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/<format>` next to the tests.
    static func fixtures(_ format: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(format)
    }

    /// The shared data folder: `$KN_SHARED`, else `../shared` beside the repository.
    static var shared: URL {
        if let override = ProcessInfo.processInfo.environment["KN_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The real Weekly Kaggle News archive, when it is present.
    static var realArchive: URL? {
        let folder = shared.appendingPathComponent("corpus/weekly-kaggle-news")
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? folder : nil
    }

    /// True on CI, where a missing archive is a failure instead of a skip.
    static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }
}
