/// What a piece of printed text means, so the terminal style decides how it looks (or not at all).
enum TextRole: Equatable, Sendable {
    case plain, bold, dim, match, link
}

/// A line of text made of spans with roles, laid out by columns before any escape sequence exists,
/// so wrapping and truncating can never cut an escape sequence in half.
struct StyledText: Equatable, Sendable {
    /// A run of characters sharing one role.
    struct Span: Equatable, Sendable {
        var text: String
        var role: TextRole
    }

    var spans: [Span] = []

    init(_ spans: [Span] = []) {
        self.spans = spans
    }

    init(_ text: String, _ role: TextRole = .plain) {
        spans = text.isEmpty ? [] : [Span(text: text, role: role)]
    }

    /// The text without roles.
    var plain: String { spans.map(\.text).joined() }

    /// Terminal columns the text takes.
    var columns: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Appends a character, merging it into the last span when the role is the same.
    mutating func append(_ character: Character, _ role: TextRole) {
        if let last = spans.indices.last, spans[last].role == role {
            spans[last].text.append(character)
        } else {
            spans.append(Span(text: String(character), role: role))
        }
    }

    /// Appends text with one role.
    mutating func append(_ text: String, _ role: TextRole = .plain) {
        for character in text { append(character, role) }
    }

    /// Appends another styled text.
    mutating func append(_ other: StyledText) {
        for span in other.spans { append(span.text, span.role) }
    }

    /// Every character with its role, the unit the line wrapper works in.
    var characters: [(character: Character, role: TextRole)] {
        spans.flatMap { span in span.text.map { (character: $0, role: span.role) } }
    }
}

extension StyledText {
    /// Text from the index made safe for a terminal: control characters (ESC, CR, tabs, …) become
    /// spaces, so an archived page can never move the cursor or restyle the terminal.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
