import Testing
@testable import KNQuery

@Suite("Shorter compounds inside a long Japanese compound")
struct CompoundPartsTests {
    @Test("Without the first or the last script part, for long all-Japanese compounds only", arguments: [
        ("金融データ活用チャレンジ", ["金融データ活用", "データ活用チャレンジ"]),
        ("自己教師あり学習", ["自己教師あり", "あり学習"]),
        ("画像認識モデル評価", ["画像認識モデル", "モデル評価"]),
        ("特徴量エンジニアリング", []),  // two parts: nothing shorter that keeps the meaning
        ("データ分析", []),  // too short
        ("機械学習とは", []),  // too short: 6 characters are needed
        ("深層学習入門講座", []),  // one script throughout
        ("Kaggle入門データ分析", []),  // not all Japanese
        ("金融 データ活用チャレンジ", []),  // a space: two words, each its own concept
    ])
    func shorterCompounds(text: String, expected: [String]) {
        #expect(CompoundParts.shorterCompounds(of: text) == expected)
    }
}
