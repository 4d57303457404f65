/// Decodes UTF-8 bytes into scalars with their byte ranges, in one linear pass.
///
/// Invalid bytes decode to U+FFFD covering exactly the bytes that were rejected, so offsets
/// always point into the caller's buffer even when the text is not valid UTF-8.
struct UTF8ScalarReader: IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next scalar starts.
    private(set) var offset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    @inline(__always)
    mutating func next() -> NormalizedCharacter? {
        guard offset < bytes.count else { return nil }
        let start = offset
        let lead = bytes[offset]
        if lead < 0x80 {
            offset += 1
            return NormalizedCharacter(Unicode.Scalar(lead), start: start, end: offset)
        }
        let (length, initial): (Int, UInt32) =
            switch lead {
            case 0xC2...0xDF: (2, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (3, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (4, UInt32(lead & 0x07))
            default: (0, 0)
            }
        guard length > 0, start + length <= bytes.count else { return replacement(from: start) }
        var value = initial
        for index in (start + 1)..<(start + length) {
            let byte = bytes[index]
            guard byte & 0xC0 == 0x80 else { return replacement(from: start) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return replacement(from: start) }
        offset = start + length
        return NormalizedCharacter(scalar, start: start, end: offset)
    }

    private mutating func replacement(from start: Int) -> NormalizedCharacter {
        offset = start + 1
        return NormalizedCharacter("\u{FFFD}", start: start, end: offset)
    }
}
