import KNAnalysis
import Testing

@Suite("Japanese variant normalizers")
struct VariantNormalizerTests {
    static func normalized(_ text: String) -> String { Analyzer.standard.normalize(text) }

    @Test("Dash look-alikes after katakana read as ー", arguments: [
        ("サｰバ", "サーバ"), ("サ－バ", "サーバ"), ("サ‐バ", "サーバ"), ("サ—バ", "サーバ"),
        ("カーネル-svm", "カーネル-svm"), ("a-b", "a-b"),
    ])
    func prolongedSoundMark(input: String, expected: String) {
        #expect(Self.normalized(input) == expected)
    }

    @Test("A trailing ー is optional on katakana words of four or more characters", arguments: [
        ("サーバー", "サーバ"), ("コンピューター", "コンピュータ"), ("サーバーの", "サーバの"), ("キー", "キー"),
        ("ルー", "ルー"),
    ])
    func trailingProlongedSoundMark(input: String, expected: String) {
        #expect(Self.normalized(input) == expected)
    }

    @Test("The dropped ー still counts for highlights")
    func trailingMarkKeepsRange() {
        #expect(originals("サーバー", mode: .query).last == "[バー]")
    }

    @Test("・ between katakana is ignored", arguments: [
        ("ディープ・ラーニング", "ディープラーニング"), ("ディープ･ラーニング", "ディープラーニング"), ("東京・大阪", "東京・大阪"),
    ])
    func middleDot(input: String, expected: String) {
        #expect(Self.normalized(input) == expected)
    }

    @Test("ヴ spellings match バ行", arguments: [
        ("ヴァリデーション", "バリデーション"), ("ヴィジョン", "ビジョン"), ("ヴェクトル", "ベクトル"), ("ヴォ", "ボ"), ("ヴ", "ブ"),
    ])
    func vu(input: String, expected: String) {
        #expect(Self.normalized(input) == expected)
    }

    @Test("々 repeats the kanji before it", arguments: [("様々", "様様"), ("人々", "人人"), ("々", "々")])
    func iterationMark(input: String, expected: String) {
        #expect(Self.normalized(input) == expected)
    }
}
