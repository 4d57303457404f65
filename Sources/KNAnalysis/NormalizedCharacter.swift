/// One character of normalized text and the byte range of the original UTF-8 it came from.
///
/// Several normalized characters may share one range (`㍻` → `平`, `成`), and one character may
/// cover several original scalars (`ｶﾞ` → `ガ`); ranges never go backwards.
public struct NormalizedCharacter: Equatable, Sendable {
    public var scalar: Unicode.Scalar
    /// Offset of the first original byte.
    public var start: Int
    /// Offset one past the last original byte.
    public var end: Int

    public init(_ scalar: Unicode.Scalar, start: Int, end: Int) {
        self.scalar = scalar
        self.start = start
        self.end = end
    }
}
