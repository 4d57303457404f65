import Foundation

/// NFKC with case folding and Latin diacritic removal, applied chunk by chunk so that every output
/// character keeps the byte range of the original chunk it came from.
///
/// A chunk is a base scalar plus the scalars that may combine with it: combining marks (UAX #15:
/// normalization never crosses a starter boundary), and the few starters that compose with the
/// character before them (`ﾞ`/`ﾟ`, Hangul vowel and final jamo; see `ChunkBoundary`). So per-chunk
/// normalization equals whole-string normalization, except that lower-casing sees no context
/// (`Σ` is always `σ`). Foundation's NFKC on Linux leaves half-width voiced kana (`ｶﾞ`)
/// decomposed; an NFC pass recomposes them.
///
/// Default-ignorable scalars (ZWJ, ZWSP, variation selectors, soft hyphen) are dropped before
/// chunking, so `か\u{200B}\u{3099}` is `が` and normalizing twice changes nothing. A chunk with
/// more than `ChunkBoundary.maximumMarks` marks, before or after normalization, keeps none of them.
///
/// Kana, kanji and ASCII take a fast path that calls no Foundation API and looks up no Unicode
/// property: they are almost all of this archive's text and NFKC leaves them unchanged (ASCII
/// only lower-cases). Punctuation and full-width forms alone in their chunk are read from
/// `SingleScalarFolding`; only chunks with marks and rarer scripts call Foundation.
public struct UnicodeNormalizer: Sendable {
    public init() {}

    /// Normalizes the UTF-8 text of `bytes`, appending output characters to `output`; returns
    /// the kinds of `TriggerCharacters` among the characters appended.
    @discardableResult
    public func normalize(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [NormalizedCharacter]
    ) -> TriggerCharacters {
        // Written into an array of fixed capacity, not appended (a uniqueness and capacity check
        // per character). Plain starters write at most one character per byte; only chunks
        // normalized by Foundation can write more (`㍻` → `平成`, U+FDFA → 18 scalars), from the
        // slack. A text that needs more slack than given is normalized again with more.
        var slack = 16
        while true {
            var complete = false
            var found: UInt8 = 0
            let characters = [NormalizedCharacter](unsafeUninitializedCapacity: bytes.count + slack) { buffer, count in
                complete = write(bytes, into: buffer, count: &count, found: &found)
            }
            if complete {
                if output.isEmpty { output = characters } else { output += characters }
                return TriggerCharacters(rawValue: found)
            }
            slack = slack * 4 + bytes.count * 2
        }
    }

    /// Writes the normalized characters of `bytes` into `output`, setting `count` and adding the
    /// `TriggerCharacters` bits of what it writes to `found`; false (with `count` set to what is
    /// initialized) when `output` has too little room.
    private func write(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<NormalizedCharacter>,
        count: inout Int, found: inout UInt8
    ) -> Bool {
        guard let base = bytes.baseAddress, let target = output.baseAddress else { return true }
        var offset = 0
        // A plain starter is written at once; if marks follow it after all (rare), it is taken
        // back and normalized with them. `lastStarter` is where it starts, -1 if there is none.
        var lastStarter = -1
        while offset < bytes.count {
            // ASCII and three-byte kana and kanji (almost all of the archive) are decoded and
            // written here; the general reader below takes everything else.
            let lead = base[offset]
            if lead < 0x80 {
                let folded = lead &- 0x41 < 26 ? lead | 0x20 : lead
                (target + count).initialize(to: NormalizedCharacter(Unicode.Scalar(folded), start: offset, end: offset + 1))
                count += 1
                if lead == UInt8(ascii: "-") { found |= TriggerCharacters.dash.rawValue }
                lastStarter = offset
                offset += 1
                continue
            }
            if lead & 0xF0 == 0xE0, offset + 2 < bytes.count {
                let second = base[offset + 1]
                let third = base[offset + 2]
                let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                if second & 0xC0 == 0x80, third & 0xC0 == 0x80, Self.isUnchangedCJK(value),
                    let scalar = Unicode.Scalar(value)
                {
                    (target + count).initialize(to: NormalizedCharacter(scalar, start: offset, end: offset + 3))
                    count += 1
                    if value < 0x3100 { found |= TriggerCharacters.kind(ofKana: value) }
                    lastStarter = offset
                    offset += 3
                    continue
                }
            }
            var reader = UTF8ScalarReader(bytes, offset: offset)
            guard let next = reader.next() else { return true }
            offset = reader.offset
            if let folded = Self.fastPath(next.scalar) ?? SingleScalarFolding.folded(next.scalar) {
                (target + count).initialize(to: NormalizedCharacter(folded, start: next.start, end: next.end))
                count += 1
                found |= TriggerCharacters.kind(of: folded.value)
                lastStarter = next.start
                continue
            }
            if ChunkBoundary.isIgnorable(next.scalar) { continue }
            var chunk = next
            var marks: [Unicode.Scalar] = []
            var starterReader = UTF8ScalarReader(bytes, offset: lastStarter)
            if lastStarter >= 0, ChunkBoundary.extendsChunk(next.scalar), let starter = starterReader.next() {
                count -= 1
                chunk = starter
                marks.append(next.scalar)
                chunk.end = next.end
            }
            lastStarter = -1
            Self.readMarks(from: &reader, into: &marks, end: &chunk.end)
            offset = reader.offset
            let scalars = Self.normalizedChunk(chunk.scalar, marks)
            // Room for these and for one character per byte still to read.
            guard count + scalars.count + (bytes.count - offset) <= output.count else { return false }
            for scalar in scalars {
                (target + count).initialize(to: NormalizedCharacter(scalar, start: chunk.start, end: chunk.end))
                count += 1
                found |= TriggerCharacters.kind(of: scalar.value)
            }
        }
        return true
    }

    /// Reads the rest of a chunk: the marks (kept up to one past the limit, which is enough to
    /// know the chunk is over it) and default-ignorables (dropped) up to the next starter, which
    /// is left unread. `end` becomes the end of the last mark.
    private static func readMarks(
        from reader: inout UTF8ScalarReader, into marks: inout [Unicode.Scalar], end: inout Int
    ) {
        while true {
            var lookahead = reader
            guard let next = lookahead.next(),
                fastPath(next.scalar) == nil, SingleScalarFolding.folded(next.scalar) == nil
            else { return }
            if ChunkBoundary.isIgnorable(next.scalar) {
                reader = lookahead
                continue
            }
            guard ChunkBoundary.extendsChunk(next.scalar) else { return }
            reader = lookahead
            if marks.count <= ChunkBoundary.maximumMarks { marks.append(next.scalar) }
            end = next.end
        }
    }

    /// The slow path: a chunk with marks, or a base outside the fast path and the table. A chunk
    /// over the mark limit, before or after normalization, loses its marks.
    @inline(never)
    private static func normalizedChunk(_ base: Unicode.Scalar, _ marks: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if marks.isEmpty {
            return SingleScalarFoldingCache.shared.folded(base) { normalized($0, []) }
        }
        let scalars = normalized(base, marks.count > ChunkBoundary.maximumMarks ? [] : marks)
        if scalars.count(where: ChunkBoundary.extendsChunk) > ChunkBoundary.maximumMarks {
            return normalized(base, [])
        }
        return scalars
    }

    /// NFKC, NFC, lower case and Latin diacritic folding of one chunk, default-ignorables dropped.
    static func normalized(_ base: Unicode.Scalar, _ marks: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text = String()
        text.unicodeScalars.append(base)
        for mark in marks { text.unicodeScalars.append(mark) }
        let normalized = text.precomposedStringWithCompatibilityMapping
            .precomposedStringWithCanonicalMapping
            .lowercased()
        return LatinDiacriticFolding.fold(normalized.unicodeScalars)
            .filter { !$0.properties.isDefaultIgnorableCodePoint }
    }

    /// Kana and kanji that NFKC_Casefold leaves as they are: the three-byte part of `fastPath`.
    @inline(__always)
    static func isUnchangedCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// Scalars that NFKC_Casefold leaves as they are or maps without any table lookup; none of
    /// them is a mark or default-ignorable, so each starts a chunk of its own.
    @inline(__always)
    static func fastPath(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A: Unicode.Scalar(scalar.value + 0x20)
        case 0x00...0x7F: scalar
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF: scalar
        default: nil
        }
    }
}
