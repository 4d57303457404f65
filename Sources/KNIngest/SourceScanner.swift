import Foundation

/// Expands the sources given on a command line into the files to read.
public enum SourceScanner {
    /// File extensions read from folders (lower-cased); extension-less files are read too.
    public static let candidateExtensions: Set<String> = ["md", "markdown", "html", "htm", "xml", "rss", "atom", "txt"]
    /// Project files that sit beside newsletters (`README.md` in an archive folder) and are not issues;
    /// skipped in folder walks (lower-cased name without extension).
    static let skippedNames: Set<String> = ["readme", "license", "licence", "changelog", "contributing"]
    /// How deep a folder walk descends; deeper trees are reported, never walked without end.
    static let maximumDepth = 64

    /// Expands sources (files, or folders walked recursively, sorted by path) into candidate files.
    ///
    /// A missing source throws `IngestError`. Inside folders, unreadable entries, broken symbolic links and
    /// symbolic-link loops become `problems`; hidden entries (`.git`, `.DS_Store`) and project files
    /// (`README.md`, `LICENSE`, see `skippedNames`) are skipped. A source
    /// named explicitly is returned whatever its extension. Each real folder is walked once, so a link back
    /// to an ancestor ends the walk there instead of looping.
    public static func files(in sources: [URL]) throws(IngestError) -> (files: [URL], problems: [IngestError]) {
        var walk = Walk()
        for source in sources {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else {
                throw IngestError(path: source.path, reason: "no such file or folder")
            }
            if isDirectory.boolValue {
                let before = walk.files.count
                walk.folder(source)
                walk.files[before...] = ArraySlice(SourceScanner.sortedByPath(walk.files[before...]))
            } else {
                walk.files.append(source)
            }
        }
        return (walk.files, walk.problems)
    }

    /// `urls` in path order. `URL.path` decodes the URL anew at every call, so each path is
    /// read once rather than twice per comparison (sorting 16,000 files dominated a no-change
    /// `update`).
    static func sortedByPath<Files: Sequence<URL>>(_ urls: Files) -> [URL] {
        urls.map { ($0.path, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The state of one expansion: files found, problems met, real folders already walked.
    private struct Walk {
        var files: [URL] = []
        var problems: [IngestError] = []
        var visited = Set<String>()

        /// Walks `root` depth-first with an explicit stack (no recursion), children sorted by path.
        mutating func folder(_ root: URL) {
            var stack: [(url: URL, depth: Int)] = [(root, 0)]
            while let (folder, depth) = stack.popLast() {
                let real = folder.resolvingSymlinksInPath().standardizedFileURL.path
                guard visited.insert(real).inserted else {
                    problems.append(IngestError(path: folder.path, reason: "symbolic link loop: \(real) already walked"))
                    continue
                }
                guard depth <= SourceScanner.maximumDepth else {
                    problems.append(IngestError(path: folder.path, reason: "folder nesting deeper than \(SourceScanner.maximumDepth)"))
                    continue
                }
                let children: [URL]
                do {
                    children = try FileManager.default.contentsOfDirectory(
                        at: folder, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey], options: [])
                } catch {
                    problems.append(IngestError(path: folder.path, reason: "unreadable folder: \(error.localizedDescription)"))
                    continue
                }
                var subfolders: [URL] = []
                for child in SourceScanner.sortedByPath(children) where !child.lastPathComponent.hasPrefix(".") {
                    if let subfolder = classify(child) { subfolders.append(subfolder) }
                }
                stack += subfolders.map { ($0, depth + 1) }
            }
        }

        /// Records a candidate file or a problem; returns the entry when it is a folder to walk.
        private mutating func classify(_ entry: URL) -> URL? {
            let path = entry.path
            var isDirectory: ObjCBool = false
            // `fileExists` follows links: false means a broken link or a link loop (ELOOP).
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(IngestError(path: path, reason: "broken symbolic link or symbolic link loop"))
                return nil
            }
            if isDirectory.boolValue { return entry }
            guard SourceScanner.candidateExtensions.contains(entry.pathExtension.lowercased()) || entry.pathExtension.isEmpty,
                !SourceScanner.skippedNames.contains(entry.deletingPathExtension().lastPathComponent.lowercased())
            else { return nil }
            // `attributesOfItem` does not follow links; only a link needs resolving (a costly
            // walk of every path component) to learn what it points to.
            var type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if type == .typeSymbolicLink {
                type = (try? FileManager.default.attributesOfItem(atPath: entry.resolvingSymlinksInPath().path))?[.type]
                    as? FileAttributeType
            }
            if let type, type != .typeRegular {
                problems.append(IngestError(path: path, reason: "not a regular file (\(FileKind.name(of: type)))"))
            } else if !FileManager.default.isReadableFile(atPath: path) {
                problems.append(IngestError(path: path, reason: "unreadable: permission denied"))
            } else {
                files.append(entry)
            }
            return nil
        }
    }
}
