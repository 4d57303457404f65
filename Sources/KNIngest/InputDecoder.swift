import Foundation

/// Turns a file's bytes into text, or says why the file is not text: empty, binary, or too large.
///
/// Text is expected to be UTF-8. Invalid sequences (a Shift_JIS file, a truncated download) are replaced
/// with U+FFFD and reported as a warning rather than dropping the file; a UTF-16 file with a byte-order mark
/// is decoded as such. C0 control characters other than tab, line breaks, form feed and escape are removed,
/// because NUL bytes break C-string consumers such as SQLite's tokenizer interface.
enum InputDecoder {
    /// Files larger than this are rejected before parsing; newsletters are kilobytes, so this only stops accidents.
    static let maximumSize = 64 * 1024 * 1024
    /// How many leading bytes are sampled to tell text from binary.
    private static let sampleSize = 65_536

    /// Decodes `data`, throwing when the file must be skipped and returning warnings for repaired problems.
    static func decode(_ data: Data, path: String) throws(IngestError) -> (text: String, warnings: [IngestError]) {
        guard !data.isEmpty else { throw IngestError(path: path, reason: "empty file") }
        guard data.count <= maximumSize else {
            throw IngestError(path: path, reason: "file too large (\(data.count) bytes, limit \(maximumSize))")
        }
        var bytes = [UInt8](data)
        if let kind = BinarySignature.kind(of: bytes) {
            throw IngestError(path: path, reason: "binary file (\(kind))")
        }
        if let utf16 = decodeUTF16(bytes) { return try finish(utf16, warnings: [], path: path) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let controls = controlByteCount(bytes.prefix(sampleSize))
        if controls * 10 > min(bytes.count, sampleSize) {
            throw IngestError(path: path, reason: "binary file (\(controls) control bytes in the first \(min(bytes.count, sampleSize)))")
        }
        var warnings: [IngestError] = []
        // Stray backspaces occur in real exports and are invisible: they are dropped silently. NUL bytes
        // mean a damaged or mis-encoded file, which the user should hear about.
        let nulCount = bytes.reduce(0) { $1 == 0 ? $0 + 1 : $0 }
        if controls > 0 || bytes.count > sampleSize { bytes.removeAll(where: isRemovableControl) }
        if nulCount > 0 {
            warnings.append(IngestError(path: path, reason: "removed \(nulCount) NUL bytes"))
        }
        if let valid = validUTF8(bytes) { return try finish(valid, warnings: warnings, path: path) }
        warnings.append(IngestError(path: path, reason: "invalid UTF-8: undecodable bytes replaced with U+FFFD"))
        return try finish(String(decoding: bytes, as: UTF8.self), warnings: warnings, path: path)
    }

    private static func finish(_ text: String, warnings: [IngestError], path: String) throws(IngestError)
        -> (text: String, warnings: [IngestError])
    {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw IngestError(path: path, reason: "empty file (only whitespace)")
        }
        return (text, warnings)
    }

    /// Text with a UTF-16 byte-order mark, decoded; nil for anything else.
    private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let bigEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFE, 0xFF): bigEndian = true
        case (0xFF, 0xFE): bigEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isRemovableControl($0) }))
    }

    private static func controlByteCount(_ sample: ArraySlice<UInt8>) -> Int {
        sample.reduce(0) { count, byte in isRemovableControl(byte) ? count + 1 : count }
    }

    /// C0 controls and DEL, except tab, line feed, vertical tab, form feed, carriage return and escape.
    private static func isRemovableControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(byte)) || byte == 0x7F
    }

    private static func isRemovableControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 && isRemovableControl(UInt8(scalar.value))
    }

    /// The text when `bytes` (free of NULs by now) are valid UTF-8, else nil.
    ///
    /// Uses the standard library's C-string validation, which is fast even in unoptimised builds, instead of
    /// a hand-written loop over `UTF8.ForwardParser`.
    private static func validUTF8(_ bytes: [UInt8]) -> String? {
        var terminated = bytes
        terminated.append(0)
        return terminated.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { String(validatingCString: $0) }
            }
        }
    }
}
