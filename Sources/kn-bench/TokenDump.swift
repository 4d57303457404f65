import Foundation
import KNAnalysis

// TEMPORARY (verification only): dumps the analysis of the corpus texts and random texts.
enum TokenDump {
    struct Mix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
    static func scalars(_ range: ClosedRange<UInt32>) -> [String] {
        range.compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
    }
    static let pools: [[String]] = [
        scalars(0x61...0x7A) + scalars(0x41...0x5A) + scalars(0x30...0x39),
        ["-", "'", ".", ",", "_", "/", "(", ")", "\"", "#", "&", "*", ":", "’"],
        scalars(0xFF01...0xFF5E), scalars(0x3041...0x3096),
        scalars(0x30A1...0x30FA) + ["ー", "ー", "ー", "ヴ", "ヴ", "ァ", "ィ", "ェ"],
        scalars(0xFF66...0xFF9F) + ["ﾞ", "ﾟ", "ｰ", "･", "ｶﾞ", "ﾊﾟ", "ｳﾞｧ"],
        scalars(0x4E00...0x4FFF) + ["学", "習", "人", "様", "日", "本", "語", "𠮷"],
        ["ー", "－", "‐", "—", "―", "–", "−", "・", "･", "々", "〆", "ゝ", "ヽ", "〜", "～"],
        scalars(0x300...0x36F) + ["\u{3099}", "\u{309A}", "\u{20E3}", "\u{FE0F}", "\u{0344}"],
        ["🎉", "👍🏽", "👨‍👩‍👧", "🇯🇵", "1️⃣", "❤️", "🏳️‍🌈", "☕"],
        ["㍻", "ﬁ", "ﬀ", "㌔", "①", "½", "℡", "㈱", "™", "Ⅻ", "㏠", "㋿", "ｱ", "Ω", "K", "ǅ", "ﷺ"],
        ["é", "ü", "ñ", "Å", "İ", "ß", "ẞ", "Σ", "ς", "ø", "Ǿ", "e\u{301}", "o\u{308}\u{301}", "straße", "naïve"],
        ["、", "。", "「", "」", "『", "』", "（", "）", "【", "】", "！", "？", "…", "〇"],
        [" ", " ", "\n", "\t", "\u{3000}", "\u{A0}", "\r\n"],
        ["\u{200D}", "\u{200B}", "\u{200C}", "\u{AD}", "\u{FEFF}", "\u{2060}", "\u{180E}"],
        ["한", "국", "\u{1100}", "\u{1161}", "\u{11A8}", "ㄱ", "ㅏ", "ﾡ", "ￂ", "Ж", "ש", "ع", "ก", "\u{E38}"],
        ["transformers", "libraries", "kaggle's", "classes", "pre-training", "reproducibilities", "internationalization's", "Ωmegas"],
    ]
    static func randomText(_ g: inout Mix) -> String {
        var text = ""
        var pool = 0
        for _ in 0..<Int.random(in: 0...80, using: &g) {
            if Int.random(in: 0..<10, using: &g) < 5 { pool = Int.random(in: 0..<pools.count, using: &g) }
            if Int.random(in: 0..<60, using: &g) == 0, let s = Unicode.Scalar(UInt32.random(in: 0...0x2FFFF, using: &g)) {
                text.unicodeScalars.append(s)
            } else {
                text += pools[pool].randomElement(using: &g) ?? ""
            }
        }
        return text
    }
    static func line(_ tokens: [Token]) -> String {
        tokens.map { "\($0.term)@\($0.position)[\($0.start),\($0.end))\($0.isColocated ? "+" : "")" }.joined(separator: " ")
    }
    static func run(_ texts: [String], to path: String) {
        var g = Mix(state: 42)
        var all = texts
        for _ in 0..<30000 { all.append(randomText(&g)) }
        all.append(String(repeating: "サーバー", count: 300) + String(repeating: "a", count: 400) + "s")
        var out = ""
        for text in all {
            out += Analyzer.standard.normalize(text) + "\n"
            out += line(Analyzer.standard.tokens(of: text, mode: .document)) + "\n"
            out += line(Analyzer.standard.tokens(of: text, mode: .query)) + "\n"
        }
        // Raw invalid bytes.
        for _ in 0..<5000 {
            let bytes = (0..<Int.random(in: 0...40, using: &g)).map { _ in UInt8.random(in: 0...255, using: &g) }
            for mode in [AnalysisMode.document, .query] {
                var tokens: [Token] = []
                bytes.withUnsafeBufferPointer { b in Analyzer.standard.analyze(b, mode: mode) { tokens.append($0) } }
                out += line(tokens) + "\n"
            }
        }
        FileManager.default.createFile(atPath: path, contents: Data(out.utf8))
    }
}
