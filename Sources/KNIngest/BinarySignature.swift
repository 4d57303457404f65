/// Recognises common binary file formats by their leading magic bytes.
enum BinarySignature {
    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        (Array("SQLite format 3".utf8) + [0], "SQLite database"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        (Array("RIFF".utf8), "RIFF media"),
        ([0x00, 0x00, 0x00], "binary data"),
    ]

    /// A short description of the format `bytes` start with, or nil when they look like no known binary format.
    static func kind(of bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.bytes) }?.kind
    }
}
