import GRDB
import GRDBSQLite
import KNAnalysis

/// kn's `Analyzer` registered as the FTS5 tokenizer `kn`, so SQLite indexes and matches exactly
/// the tokens the analyzer emits, with offsets into the original text for `highlight()`.
///
/// See <https://www.sqlite.org/fts5.html#custom_tokenizers>: colocated tokens carry
/// `FTS5_TOKEN_COLOCATED`; queries (also prefix queries) use the query chain; documents and
/// auxiliary-function passes (`highlight`, `snippet`) use the document chain so positions agree.
public final class AnalyzerTokenizer: FTS5CustomTokenizer {
    public static let name = "kn"
    private let analyzer = Analyzer.standard

    public init(db: Database, arguments: [String]) throws {}

    public func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let mode: AnalysisMode = tokenization.contains(.query) ? .query : .document
        let bytes = UnsafeRawPointer(pText).bindMemory(to: UInt8.self, capacity: Int(nText))
        let buffer = UnsafeBufferPointer(start: bytes, count: Int(nText))
        var status = SQLITE_OK
        // Terms are borrowed from the analyzer and copied by SQLite: no `String` per token.
        analyzer.analyzeBorrowingTerms(buffer, mode: mode) { token in
            guard status == SQLITE_OK else { return }
            status = token.term.withMemoryRebound(to: CChar.self) { term in
                tokenCallback(
                    context, token.isColocated ? FTS5_TOKEN_COLOCATED : 0, term.baseAddress, CInt(term.count),
                    CInt(token.start), CInt(token.end))
            }
        }
        return status
    }
}
