/// `UnicodeNormalizer`'s result for a chunk of one scalar, precomputed for the blocks that
/// Japanese and English text use beyond ASCII, kana and kanji: Latin-1, general punctuation,
/// letterlike symbols, shapes, CJK punctuation and kana, full-width and half-width forms.
///
/// Without it each `、` or `（` cost a Foundation NFKC call, a quarter of the analyzer's time on
/// the archive. Each page is computed on first use by the slow path itself (256 calls, about a
/// millisecond), so a table hit is the slow path's answer by construction and follows the
/// Unicode version of the Foundation it runs on.
enum SingleScalarFolding {
    /// Marks an entry whose result is not exactly one scalar (`ﬁ` → `fi`, `㍻` → `平成`), or
    /// whose scalar is not a plain starter (a mark, `ﾞ`, a default-ignorable): a table hit tells
    /// the normalizer both the result and that no property lookup is needed.
    static let unavailable = UInt32.max

    /// The one scalar `scalar` normalizes to when it is a plain starter alone in its chunk, if
    /// known without Foundation.
    @inline(__always)
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        let page: [UInt32]
        switch value >> 8 {
        case 0x00: page = latin1
        case 0x20: page = generalPunctuation
        case 0x21: page = letterlikeSymbols
        case 0x25: page = shapes
        case 0x30: page = cjkSymbolsAndKana
        case 0xFF: page = halfwidthAndFullwidth
        default: return nil
        }
        let folded = page[Int(value & 0xFF)]
        return folded == unavailable ? nil : Unicode.Scalar(folded)
    }

    static let latin1 = page(0x00)
    static let generalPunctuation = page(0x20)
    static let letterlikeSymbols = page(0x21)
    static let shapes = page(0x25)
    static let cjkSymbolsAndKana = page(0x30)
    static let halfwidthAndFullwidth = page(0xFF)

    static func page(_ number: UInt32) -> [UInt32] {
        (UInt32(0)..<256).map { offset in
            guard let scalar = Unicode.Scalar(number << 8 | offset), !ChunkBoundary.isIgnorable(scalar),
                !ChunkBoundary.extendsChunk(scalar)
            else { return unavailable }
            let folded = UnicodeNormalizer.normalized(scalar, [])
            return folded.count == 1 ? folded.first?.value ?? unavailable : unavailable
        }
    }
}
