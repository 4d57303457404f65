/// Writes token terms and normalized text straight into UTF-8: the standard library's generic
/// `unicodeScalars.append(contentsOf:)` was a fifth of the analyzer's time.
enum TermText {
    /// The text of `characters`' scalars.
    static func string(of characters: some Collection<NormalizedCharacter>) -> String {
        String(unsafeUninitializedCapacity: characters.count * 4) { buffer in
            var count = 0
            for character in characters { write(character.scalar, into: buffer, at: &count) }
            return count
        }
    }

    /// Writes the UTF-8 of `scalar` at `index` (which must leave room for four bytes) and advances it.
    @inline(__always)
    static func write(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: inout Int) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            buffer[index] = UInt8(value)
            index += 1
        case 0x80..<0x800:
            buffer[index] = UInt8(0xC0 | value >> 6)
            buffer[index + 1] = UInt8(0x80 | value & 0x3F)
            index += 2
        case 0x800..<0x10000:
            buffer[index] = UInt8(0xE0 | value >> 12)
            buffer[index + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
            buffer[index + 2] = UInt8(0x80 | value & 0x3F)
            index += 3
        default:
            buffer[index] = UInt8(0xF0 | value >> 18)
            buffer[index + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
            buffer[index + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
            buffer[index + 3] = UInt8(0x80 | value & 0x3F)
            index += 4
        }
    }

    /// The UTF-8 of one or two scalars (a CJK unigram or bigram term) in a word: at most 8
    /// bytes, built with shifts and handed on from the stack, with no buffer and no loop.
    struct UTF8Word {
        /// The bytes, first byte lowest.
        var bits: UInt64
        var count: Int

        /// The UTF-8 of `scalar`.
        @inline(__always)
        init(_ scalar: Unicode.Scalar) {
            let value = UInt64(scalar.value)
            switch value {
            case 0..<0x80:
                (bits, count) = (value, 1)
            case 0x80..<0x800:
                (bits, count) = (0xC0 | value >> 6 | (0x80 | value & 0x3F) << 8, 2)
            case 0x800..<0x10000:
                (bits, count) = (0xE0 | value >> 12 | (0x80 | (value >> 6) & 0x3F) << 8 | (0x80 | value & 0x3F) << 16, 3)
            default:
                bits = 0xF0 | value >> 18 | (0x80 | (value >> 12) & 0x3F) << 8 | (0x80 | (value >> 6) & 0x3F) << 16
                    | (0x80 | value & 0x3F) << 24
                count = 4
            }
        }

        /// This scalar's bytes, then `next`'s.
        @inline(__always)
        func followed(by next: UTF8Word) -> UTF8Word {
            var result = self
            result.bits |= next.bits << (count * 8)
            result.count += next.count
            return result
        }

        /// Calls `body` with the bytes, valid only during the call.
        @inline(__always)
        func withBytes<Result, Failure: Error>(
            _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
        ) throws(Failure) -> Result {
            // Little-endian in memory, so the lowest byte comes first on every platform.
            var bytes = bits.littleEndian
            let count = count
            return try withUnsafeBytes(of: &bytes) { raw throws(Failure) in
                try body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
            }
        }
    }
}
