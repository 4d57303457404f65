import Foundation
import KNIngest

/// One source file read and parsed, or the line saying why it was skipped.
///
/// Made on `ParseAhead`'s thread without touching the writer's summary or report; the writer
/// records it (`IndexWriter.record`) in file order, so lines and counts come out as if it had
/// parsed the file itself.
enum ParsedFile: Sendable {
    case parsed(ScannedFile, IngestResult)
    case skipped(String)

    /// Reads and parses `url`; a file that cannot be indexed becomes its `PATH: reason` line.
    static func read(_ url: URL) -> ParsedFile {
        do {
            let file = try ScannedFile.read(url)
            return .parsed(file, try IssueReader.read(data: file.data, path: file.path))
        } catch {
            return .skipped((error as? IngestError)?.description ?? "\(url.path): \(error)")
        }
    }
}
