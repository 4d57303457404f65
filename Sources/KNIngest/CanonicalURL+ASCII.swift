/// The byte-level path of `CanonicalURL.canonicalize` for URLs made of ASCII only, which are
/// nearly all of them (percent-encoding keeps even Japanese paths ASCII).
///
/// The `Character`-level rules cost 40% of parsing a Revue export: every href is split, filtered,
/// joined and lower-cased as `Substring`s even though most need no change at all. Over ASCII the
/// `Character` operations are byte operations (the one multi-byte ASCII grapheme, CR LF, is never
/// one of the delimiters `#?&=:/`), so this path finds the same cuts in the bytes, returns the
/// input itself when nothing changes, and hands anything else (non-ASCII bytes, surrounding
/// whitespace) to the general path. `CanonicalURLTests` compares the two on random URLs.
extension CanonicalURL {
    /// What the byte-level path decided.
    enum ASCIIAnswer: Equatable {
        /// The canonical form (possibly the input itself), or nil for a URL that is not a web link.
        case canonical(String?)
        /// Not plain ASCII without surrounding whitespace: the general path decides.
        case needsGeneralPath
    }

    private static let hash = UInt8(ascii: "#")
    private static let question = UInt8(ascii: "?")
    private static let ampersand = UInt8(ascii: "&")
    private static let colon = UInt8(ascii: ":")
    private static let slash = UInt8(ascii: "/")
    private static let at = UInt8(ascii: "@")

    /// The canonical form of `raw` when it is plain ASCII without surrounding whitespace.
    static func canonicalizeASCII(_ raw: String) -> ASCIIAnswer {
        var contiguous = raw
        return contiguous.withUTF8 { bytes in canonicalizeASCII(raw, bytes: bytes) }
    }

    private static func canonicalizeASCII(_ raw: String, bytes: UnsafeBufferPointer<UInt8>) -> ASCIIAnswer {
        guard let first = bytes.first, let last = bytes.last else { return .canonical(nil) }
        guard !isSpace(first), !isSpace(last), !bytes.contains(where: { $0 >= 0x80 }) else { return .needsGeneralPath }
        let fragmentStart = bytes.firstIndex(of: hash) ?? bytes.endIndex
        let base = bytes[..<fragmentStart]
        let queryMark = base.firstIndex(of: question)
        // A colon only after the `?` would put the `?` inside the scheme: not a web link either way.
        guard let schemeEnd = base[..<(queryMark ?? fragmentStart)].firstIndex(of: colon) else { return .canonical(nil) }
        let scheme = bytes[..<schemeEnd]
        guard scheme.count <= 5, webSchemes.contains(where: { $0.utf8.elementsEqual(scheme.lazy.map(lowercased)) }) else {
            return .canonical(nil)
        }
        var authorityStart = schemeEnd + 1
        if base.count >= authorityStart + 2, base[authorityStart] == slash, base[authorityStart + 1] == slash {
            authorityStart += 2
        }
        let authorityEnd = base[authorityStart...].firstIndex(where: { $0 == slash || $0 == question }) ?? fragmentStart
        let hostStart = (bytes[authorityStart..<authorityEnd].lastIndex(of: at)).map { $0 + 1 } ?? authorityStart
        let keptQuery = queryMark.map { keptParameters(bytes[($0 + 1)..<fragmentStart]) }
        let casesChange = scheme.contains(where: isUpper) || bytes[hostStart..<authorityEnd].contains(where: isUpper)
        guard casesChange || keptQuery?.isUnchanged == false else { return .canonical(raw) }

        var canonical: [UInt8] = []
        canonical.reserveCapacity(bytes.count)
        canonical += bytes[..<hostStart].lazy.enumerated().map { $0.offset < schemeEnd ? lowercased($0.element) : $0.element }
        canonical += bytes[hostStart..<authorityEnd].lazy.map(lowercased)
        canonical += bytes[authorityEnd..<(queryMark ?? fragmentStart)]
        // The kept parameters joined by `&`; when that is empty the `?` goes too.
        if let keptQuery, keptQuery.parameters.count > 1 || keptQuery.parameters.first?.isEmpty == false {
            canonical.append(question)
            for (index, parameter) in keptQuery.parameters.enumerated() {
                if index > 0 { canonical.append(ampersand) }
                canonical += parameter
            }
        }
        canonical += bytes[fragmentStart...]
        return .canonical(String(decoding: canonical, as: UTF8.self))
    }

    /// The query's `&`-separated parameters without the `utm_` ones, and whether that is the query as written.
    private static func keptParameters(_ query: Slice<UnsafeBufferPointer<UInt8>>)
        -> (parameters: [Slice<UnsafeBufferPointer<UInt8>>], isUnchanged: Bool)
    {
        // An empty query (`path?`) is dropped with its `?`.
        guard !query.isEmpty else { return ([], false) }
        let parameters = query.split(separator: ampersand, omittingEmptySubsequences: false)
        // A name starting with `utm_` is a parameter starting with it: the prefix holds no `=`.
        let kept = parameters.filter { !$0.starts(with: "utm_".utf8) }
        return (kept, kept.count == parameters.count)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    private static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    private static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
}
