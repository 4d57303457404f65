#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the UTF-8 of the string holds `byte`, by `memchr` over its contiguous storage.
    ///
    /// `utf8.contains(_:)` walks the view one index at a time; asked of every text and attribute
    /// the HTML tokenizer produces (is there a `&` to decode?), it was 8% of parsing a Revue export.
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, Int32(byte), bytes.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
