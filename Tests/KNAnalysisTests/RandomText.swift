/// Random mixed-script text for property tests: the scripts and oddities of a Japanese/English
/// newsletter archive, weighted towards the characters the analyzer treats specially.
enum RandomText {
    /// One source of pieces; a piece is one or more scalars appended as a unit.
    struct Pool {
        let weight: Int
        let pieces: [String]
    }

    static func scalars(_ range: ClosedRange<UInt32>) -> [String] {
        range.compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
    }

    static let pools: [Pool] = [
        Pool(weight: 6, pieces: scalars(0x61...0x7A) + scalars(0x41...0x5A) + scalars(0x30...0x39)),
        Pool(weight: 2, pieces: ["-", "'", ".", ",", "_", "/", "(", ")", "\"", "#", "&", "*", ":"]),
        Pool(weight: 2, pieces: scalars(0xFF01...0xFF5E)),
        Pool(weight: 6, pieces: scalars(0x3041...0x3096)),
        Pool(weight: 6, pieces: scalars(0x30A1...0x30FA) + ["ー", "ー", "ー", "ヴ", "ヴ", "ァ", "ィ", "ェ"]),
        Pool(weight: 3, pieces: scalars(0xFF66...0xFF9F) + ["ﾞ", "ﾟ", "ｰ", "･", "ｶﾞ", "ﾊﾟ", "ｳﾞｧ"]),
        Pool(weight: 6, pieces: scalars(0x4E00...0x4FFF) + ["学", "習", "人", "様", "日", "本", "語", "𠮷"]),
        Pool(weight: 4, pieces: ["ー", "－", "‐", "—", "―", "–", "−", "・", "･", "々", "〆", "ゝ", "ヽ", "〜", "～"]),
        Pool(weight: 3, pieces: scalars(0x300...0x36F) + ["\u{3099}", "\u{309A}", "\u{20E3}", "\u{FE0F}", "\u{0344}"]),
        Pool(weight: 2, pieces: ["🎉", "👍🏽", "👨‍👩‍👧", "🇯🇵", "1️⃣", "❤️", "🏳️‍🌈", "☕"]),
        Pool(weight: 2, pieces: ["㍻", "ﬁ", "ﬀ", "㌔", "①", "½", "℡", "㈱", "™", "Ⅻ", "㏠", "㋿", "ｱ", "Ω", "K", "ǅ"]),
        Pool(weight: 2, pieces: ["é", "ü", "ñ", "Å", "İ", "ß", "ẞ", "Σ", "ς", "ø", "Ǿ", "e\u{301}", "o\u{308}\u{301}"]),
        Pool(weight: 3, pieces: ["、", "。", "「", "」", "『", "』", "（", "）", "【", "】", "！", "？", "…", "〇"]),
        Pool(weight: 4, pieces: [" ", " ", "\n", "\t", "\u{3000}", "\u{A0}", "\r\n"]),
        Pool(weight: 1, pieces: ["\u{200D}", "\u{200B}", "\u{200C}", "\u{AD}", "\u{FEFF}", "\u{2060}", "\u{180E}"]),
        Pool(weight: 1, pieces: ["한", "국", "\u{1100}", "\u{1161}", "\u{11A8}", "ㄱ", "ㅏ", "ﾡ", "ￂ", "Ж", "ש", "ع", "ก", "\u{E38}"]),
    ]

    static let totalWeight = pools.reduce(0) { $0 + $1.weight }

    /// Any valid scalar at all, for the cases no pool thought of.
    static func anyScalar<G: RandomNumberGenerator>(using generator: inout G) -> String {
        while true {
            let value = Bool.random(using: &generator)
                ? UInt32.random(in: 0...0xFFFF, using: &generator) : UInt32.random(in: 0...0x10FFFF, using: &generator)
            if let scalar = Unicode.Scalar(value) { return String(Character(scalar)) }
        }
    }

    /// A piece from a pool drawn by weight, or from `pool` when given (to continue a run).
    static func piece<G: RandomNumberGenerator>(from pool: Int? = nil, using generator: inout G) -> (pool: Int, text: String) {
        if let pool { return (pool, pools[pool].pieces.randomElement(using: &generator) ?? "") }
        if Int.random(in: 0..<40, using: &generator) == 0 { return (-1, anyScalar(using: &generator)) }
        var pick = Int.random(in: 0..<totalWeight, using: &generator)
        for (index, pool) in pools.enumerated() {
            if pick < pool.weight { return (index, pool.pieces.randomElement(using: &generator) ?? "") }
            pick -= pool.weight
        }
        return (-1, "")
    }

    /// A string of up to `maximumPieces` pieces. Runs of one pool are favoured (real text is made
    /// of words, not of independently drawn characters), and a piece sometimes repeats.
    static func string<G: RandomNumberGenerator>(maximumPieces: Int = 40, using generator: inout G) -> String {
        var text = ""
        let count = Int.random(in: 0...maximumPieces, using: &generator)
        var previous: (pool: Int, text: String) = (-1, "")
        for _ in 0..<count {
            let roll = Int.random(in: 0..<10, using: &generator)
            let next: (pool: Int, text: String)
            if roll < 1 {
                next = previous
            } else if roll < 6, previous.pool >= 0 {
                next = piece(from: previous.pool, using: &generator)
            } else {
                next = piece(using: &generator)
            }
            text += next.text
            previous = next
        }
        return text
    }
}
