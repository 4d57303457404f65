import Foundation
import KNAnalysis
import KNIngest
@testable import KNQuery
import Testing

/// FTS5's `bm25()` written out from its definition (<https://www.sqlite.org/fts5.html#the_bm25_function>
/// and `fts5Bm25Function` in SQLite's `fts5_aux.c`), for one phrase:
///
///     score = idf × f × (k1 + 1) / (f + k1 × (1 − b + b × D / avgdl))
///
/// with k1 = 1.2, b = 0.75; `f` the phrase's instances in the row, each counted with its column's
/// weight; `D` the row's size in tokens over all columns and `avgdl` the mean of that over the
/// table; `idf = log((N − n + 0.5) / (n + 0.5))` over N rows of which n match, and 1e-6 when that
/// is not positive. Sizes and positions are counted as FTS5 counts them from the `kn` tokenizer:
/// a colocated token shares the position of the token before it and adds nothing to the size.
struct NaiveBM25 {
    /// One row of `itemFTS`: title, description, commentary, domain.
    struct Row {
        let columns: [String?]
        /// The title column, which names the row in hits.
        var title: String { columns[0] ?? "" }
    }

    static let k1 = 1.2
    static let b = 0.75
    /// The column weights `Searcher` uses by default.
    static let weights = [
        FieldWeights.standard.title, FieldWeights.standard.description, FieldWeights.standard.commentary,
        FieldWeights.standard.domain,
    ]

    let rows: [Row]

    /// The terms at each token position of one column.
    static func positions(_ text: String?) -> [[String]] {
        guard let text else { return [] }
        var positions: [[String]] = []
        for token in Analyzer.standard.tokens(of: text, mode: .document) {
            if token.isColocated, !positions.isEmpty {
                positions[positions.count - 1].append(token.term)
            } else {
                positions.append([token.term])
            }
        }
        return positions
    }

    /// How many times `phrase` (the query's tokens) occurs in a column, one instance per start position.
    static func instances(of phrase: [String], in column: [[String]]) -> Int {
        guard !phrase.isEmpty, column.count >= phrase.count else { return 0 }
        return (0...(column.count - phrase.count)).filter { start in
            phrase.indices.allSatisfy { column[start + $0].contains(phrase[$0]) }
        }.count
    }

    /// Title → score (higher is better, as `Hit.score`) of every row matching `word`.
    func scores(_ word: String) -> [String: Double] {
        let phrase = Analyzer.standard.tokens(of: word, mode: .query).map(\.term)
        let analyzed = rows.map { $0.columns.map(Self.positions) }
        let sizes = analyzed.map { $0.reduce(0) { $0 + $1.count } }
        let rowCount = Double(rows.count)
        let averageSize = Double(sizes.reduce(0, +)) / rowCount
        let counts = analyzed.map { $0.map { Self.instances(of: phrase, in: $0) } }
        let matching = Double(counts.filter { $0.contains { $0 > 0 } }.count)
        var idf = log((rowCount - matching + 0.5) / (matching + 0.5))
        if idf <= 0 { idf = 1e-6 }
        var scores: [String: Double] = [:]
        for (index, row) in rows.enumerated() where counts[index].contains(where: { $0 > 0 }) {
            let frequency = zip(counts[index], Self.weights).reduce(0.0) { $0 + Double($1.0) * $1.1 }
            let size = Double(sizes[index])
            scores[row.title] = idf * ((frequency * (Self.k1 + 1.0))
                / (frequency + Self.k1 * (1 - Self.b + Self.b * size / averageSize)))
        }
        return scores
    }

    /// Titles by descending score; ties keep row order (rows are one issue's items, in order).
    func order(_ word: String) -> [String] {
        let scores = scores(word)
        let position = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.title, $0) })
        return scores.keys.sorted { (scores[$1]!, position[$0]!) < (scores[$0]!, position[$1]!) }
    }
}

/// Rows without any of the test words, so the words stay rare enough for a positive IDF.
private func fillers(_ count: Int) -> [NaiveBM25.Row] {
    let texts = ["天気の話", "weather report today", "猫と犬", "a short note", "予定の確認", "misc links",
                 "週末の読書", "random thoughts here", "会議のメモ", "plain words only"]
    return (0..<count).map { NaiveBM25.Row(columns: ["Filler \($0)", nil, texts[$0 % texts.count], nil]) }
}

/// An index holding `rows` as the entries of one issue, in order.
private func index(of rows: [NaiveBM25.Row]) throws -> TestIndex {
    let index = try TestIndex()
    try index.add(number: 1, date: "2022-01-07", rows.map {
        entry($0.title, description: $0.columns[1] ?? "", commentary: $0.columns[2] ?? "", domain: $0.columns[3])
    })
    return index
}

@Suite("Ranking: BM25 against a naive implementation, and kn's ordering rules")
struct RankingTests {
    static let englishRows: [NaiveBM25.Row] = [
        .init(columns: ["Gradient tricks", "", "short", nil]),
        .init(columns: ["Notes", "gradient gradient gradient and more words here", "", nil]),
        .init(columns: ["Notes two", "", "we discuss gradient methods and gradient clipping today", nil]),
        .init(columns: ["Link", "a page", "about optimisation", "gradient.dev"]),
        .init(columns: [
            "Long read", "", "gradient " + Array(repeating: "filler words that go on", count: 8).joined(separator: " "), nil,
        ]),
        .init(columns: ["ＧＲＡＤＩＥＮＴＳ ｆｏｒ ａｌｌ", "", "", nil]),
    ] + fillers(9)

    static let japaneseRows: [NaiveBM25.Row] = [
        .init(columns: ["記録", "", "学習学習の記録", nil]),
        .init(columns: ["深層学習", "", "", nil]),
        .init(columns: ["比較", "機械学習と統計学習と強化学習の比較", "", nil]),
        .init(columns: ["学び", "", "学び習う", nil]),
        .init(columns: ["ｶﾞｸｼｭｳ", "", "半角の学習メモ、ＰｙＴｏｒｃｈ", nil]),
    ] + fillers(10)

    @Test("Single-word queries rank as the naive BM25 does, with the same scores", arguments: [
        ("english", "gradient"), ("english", "Gradient"), ("english", "ｇｒａｄｉｅｎｔ"), ("english", "gradients"),
        ("english", "notes"), ("english", "words"), ("english", "dev"),
        ("japanese", "学習"), ("japanese", "学"), ("japanese", "記録"), ("japanese", "習"), ("japanese", "pytorch"),
    ])
    func naiveBM25(_ corpus: String, _ word: String) throws {
        let rows = corpus == "english" ? Self.englishRows : Self.japaneseRows
        let naive = NaiveBM25(rows: rows)
        let expected = naive.scores(word)
        #expect(!expected.isEmpty, "the case must match something")
        let hits = try index(of: rows).search(word)
        #expect(hits.map(\.title) == naive.order(word))
        for hit in hits {
            let score = try #require(expected[hit.title], "\(hit.title) is not a naive match")
            #expect(abs(hit.score - score) < 2e-4, "\(hit.title): kn \(hit.score), naive \(score)")
        }
    }

    @Test("A word in more than half the rows gets FTS5's minimum IDF and still ranks by frequency and length")
    func clampedIDF() throws {
        let rows: [NaiveBM25.Row] = [
            .init(columns: ["one", "", "common", nil]),
            .init(columns: ["two", "", "common common and a few other words", nil]),
            .init(columns: ["three", "common", "", nil]),
            .init(columns: ["four common", "", "", nil]),
            .init(columns: ["five", "", "common " + Array(repeating: "padding", count: 30).joined(separator: " "), nil]),
        ] + fillers(2)
        let naive = NaiveBM25(rows: rows)
        #expect(naive.scores("common").values.allSatisfy { $0 < 1e-5 })
        #expect(try index(of: rows).titles("common") == naive.order("common"))
    }

    @Test("Coordination: every item with both words ranks above every item with one")
    func coordination() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", [
            entry("alpha alpha alpha", commentary: "alpha alpha"),
            entry("Long piece", commentary: "alpha " + Array(repeating: "padding text", count: 40).joined(separator: " ") + " beta"),
            entry("beta beta", commentary: "beta"),
            entry("Other", commentary: "unrelated"),
        ])
        try index.addFillers()
        let hits = try index.search("alpha beta")
        #expect(hits.map(\.title) == ["Long piece", "alpha alpha alpha", "beta beta"])
        #expect(hits[0].score < hits[1].score, "the both-words item wins on coordination, not on score")
    }

    @Test("Whole-phrase bonus: the words together beat the words apart")
    func wholePhrase() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", [
            entry("alpha notes and beta", commentary: "alpha, more on beta"),
            entry("Long piece", commentary: Array(repeating: "padding text", count: 40).joined(separator: " ") + " alpha beta"),
            entry("Other", commentary: "unrelated"),
        ])
        try index.addFillers()
        let hits = try index.search("alpha beta")
        #expect(hits.map(\.title) == ["Long piece", "alpha notes and beta"])
        #expect(hits[0].score < hits[1].score, "the phrase item wins on the bonus, not on score")
        // Quoted, only the adjacent words match.
        #expect(try index.titles("\"alpha beta\"") == ["Long piece"])
    }

    @Test("Words naming one topic get no whole-phrase bonus over the topic's other names")
    func noPhraseBonusWithinOneConcept() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", [
            entry("The Kaggle Book", commentary: "Kaggle Book の紹介"),
            entry("Long piece", commentary: Array(repeating: "padding text", count: 40).joined(separator: " ") + " Kaggle 本"),
        ])
        try index.addFillers()
        try index.retag([Topic(name: "Kaggle本", kind: "concept", aliases: ["Kaggle本", "Kaggle Book"])])
        #expect(try index.titles("Kaggle 本") == ["The Kaggle Book", "Long piece"], "by score: the alias in the title wins")
    }

    @Test("--sort newest and oldest order by date, relevance breaking ties")
    func sortByDate() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2021-01-01", [entry("January", commentary: "sortword")])
        try index.add(number: 3, date: "2022-01-01", [entry("Next year", commentary: "sortword and many other words too")])
        try index.add(number: 2, date: "2021-06-01", [
            entry("June strong", commentary: "sortword sortword"),
            entry("June weak", commentary: "sortword with a lot of other words around it to make it long"),
        ])
        try index.add(number: 4, date: nil, [entry("Undated", commentary: "sortword padding")])
        try index.addFillers()
        let relevance = try index.titles("sortword")
        #expect(relevance.first == "June strong")
        #expect(try index.titles("sortword", sort: .newest) == ["Next year", "June strong", "June weak", "January", "Undated"])
        #expect(try index.titles("sortword", sort: .oldest) == ["Undated", "January", "June strong", "June weak", "Next year"])
    }

    @Test("Relevance ties go to the newer issue, then to the earlier item")
    func tieBreaks() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2021-01-01", [entry("Old X", commentary: "tieword")])
        try index.add(number: 2, date: "2021-02-01", [entry("New A", commentary: "tieword"), entry("New B", commentary: "tieword")])
        try index.addFillers()
        let hits = try index.search("tieword")
        #expect(hits.map(\.title) == ["New A", "New B", "Old X"])
        #expect(Set(hits.map(\.score)).count == 1, "a real tie")
    }

    @Test("offset and limit page through the merged list, ranks continuing")
    func paging() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", (1...7).map {
            entry("Page item \($0)", commentary: Array(repeating: "pageword", count: $0).joined(separator: " ") + " tail")
        } + [entry("Dup", commentary: "pageword", url: "https://example.com/dup")])
        try index.add(number: 2, date: "2022-01-14", [entry("Dup", commentary: "pageword", url: "https://example.com/dup")])
        try index.addFillers()
        let all = try index.search("pageword")
        #expect(all.count == 8, "the duplicate entry is shown once")
        #expect(all.map(\.rank) == Array(1...8))
        var paged: [Hit] = []
        for offset in stride(from: 0, to: 9, by: 3) {
            let page = try index.search("pageword", limit: 3, offset: offset)
            #expect(page.map(\.rank) == Array((offset + 1)...(offset + page.count)))
            paged += page
        }
        #expect(paged == all)
        #expect(try index.search("pageword", limit: 3, offset: 8).isEmpty)
        #expect(try index.search("pageword", limit: 0).isEmpty)
        // Whatever a caller passes pages without trapping on overflow.
        #expect(try index.search("pageword", limit: .max, offset: 6).map(\.rank) == [7, 8])
        #expect(try index.search("pageword", limit: 10, offset: .max).isEmpty)
        #expect(try index.search("pageword", limit: .max, offset: .max - 1).isEmpty)
        #expect(try index.search("pageword", limit: -1, offset: -5).isEmpty)
        #expect(try index.search("pageword", limit: 2, offset: -5).map(\.rank) == [1, 2])
    }

    @Test("A page under many copies of one link is the same as ranking and merging everything")
    func pageBelowRecurringLinks() throws {
        let index = try TestIndex()
        // 150 copies of the best-scoring link fill any first selection of a small page; the
        // distinct items below them must still be found, in the same order as the full list.
        for number in 1...150 {
            try index.add(number: number, date: String(format: "2020-%02d-01", number % 12 + 1), [
                entry("Recurring", commentary: "heapword heapword heapword", url: "https://example.com/same"),
                entry("Distinct \(number)", commentary: String(repeating: "heapword ", count: number % 2 + 1) + "tail text here"),
            ])
        }
        try index.addFillers(300)
        let all = try index.search("heapword", limit: 1000)
        #expect(all.count == 151)
        #expect(all[0].title == "Recurring" && all[0].alsoIn.count == 149)
        for (offset, limit) in [(0, 3), (0, 20), (5, 7), (140, 20)] {
            let page = try index.search("heapword", limit: limit, offset: offset)
            #expect(page == Array(all.dropFirst(offset).prefix(limit)), "offset \(offset) limit \(limit)")
        }
    }

    @Test("A long compound that matches few items also finds items sharing most of it, below the full matches")
    func shorterCompoundFallback() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", [
            entry("Full", commentary: "金融データ活用チャレンジの結果"),
            entry("Prefix", commentary: "金融データ活用推進協会に加盟"),
            entry("Suffix", commentary: "データ活用チャレンジ応募"),
            entry("Scattered", commentary: "金融の話とデータの活用とチャレンジ"),
        ])
        try index.addFillers()
        let titles = try index.titles("金融データ活用チャレンジ")
        #expect(titles.first == "Full")
        #expect(Set(titles.dropFirst()) == ["Prefix", "Suffix"], "never the scattered characters")

        let crowded = try TestIndex()
        try crowded.add(number: 1, date: "2022-01-07", (1...10).map {
            entry("Full \($0)", commentary: "自己教師あり学習の手法 \($0)")
        } + [entry("Prefix only", commentary: "自己教師ありの話")])
        try crowded.addFillers(30)
        let crowdedTitles = try crowded.titles("自己教師あり学習")
        #expect(crowdedTitles.count == 10 && !crowdedTitles.contains("Prefix only"), "a page of full matches needs no fallback")
    }

    @Test("A link entry recurring in several issues is one hit listing the others in also_in")
    func duplicatesMerged() throws {
        let index = try TestIndex()
        let url = "https://example.com/posts/metric-learning"
        try index.add(number: 10, date: "2021-10-01", [entry("Deep Metric Learning", commentary: "距離学習の入門", url: url)])
        try index.add(number: 12, date: "2021-12-01", [
            entry("Deep Metric Learning", commentary: "距離学習の入門の続き、距離学習の応用", url: url),
            entry("Other", commentary: "別の話"),
        ])
        try index.add(number: 11, date: "2021-11-01", [entry("Deep Metric Learning", commentary: "再掲", url: url)])
        try index.add(number: 13, date: "2021-12-08", [paragraph("News", text: "距離学習のニュース", url: url)])
        try index.addFillers()

        let hits = try index.search("距離学習")
        #expect(hits.map(\.title) == ["Deep Metric Learning", "News"])
        #expect(hits[0].issue == 12, "the best-scoring entry is the one shown")
        #expect(hits[0].alsoIn == [10, 11], "every other issue with the entry, matching or not; not the paragraph's")
        #expect(hits[1].alsoIn == [])

        let oldest = try index.search("距離学習", sort: .oldest)
        #expect(oldest.map(\.issue) == [10, 13])
        #expect(oldest[0].alsoIn == [11, 12])
    }

    @Test("News paragraphs citing the same URL report different news and stay separate")
    func paragraphsNotMerged() throws {
        let index = try TestIndex()
        let url = "https://www.kaggle.com/c/birdclef-2022"
        try index.add(number: 100, date: "2022-01-07", [paragraph("BirdCLEF 2022", text: "BirdCLEF 2022が始まりました", url: url)])
        try index.add(number: 101, date: "2022-01-14", [paragraph("BirdCLEF 2022", text: "BirdCLEF 2022の締め切りが延長", url: url)])
        let hits = try index.search("birdclef", sort: .newest)
        #expect(hits.map(\.issue) == [101, 100])
        #expect(hits.allSatisfy { $0.alsoIn.isEmpty && $0.kind == "paragraph" })
    }

    @Test("A head word alone names a topic only when it begins one topic's phrases")
    func headWords() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", [
            entry("衛星画像で作物を数える", commentary: "衛星画像の解説"),
            entry("Masks for every pixel", commentary: "セグメンテーションの記事"),
            entry("Cats or dogs", commentary: "画像分類の記事"),
        ])
        try index.retag([
            Topic(name: "Satellite Imagery", kind: "task", aliases: ["satellite imagery", "衛星画像"]),
            Topic(name: "Image Segmentation", kind: "task", aliases: ["image segmentation", "セグメンテーション"]),
            Topic(name: "Image Classification", kind: "task", aliases: ["image classification", "画像分類"]),
        ])
        #expect(try index.titles("satellite") == ["衛星画像で作物を数える"])
        #expect(try index.titles("image") == [], "image begins two topics' phrases, so it names neither")
    }

    @Test("Topics: the --topic request field, the topic: filter, and unknown topics as text")
    func topics() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", [
            entry("PyTorch入門", commentary: "入門記事"),
            entry("Lightning", commentary: "パイトーチで学ぶ"),
            entry("TensorFlow guide", commentary: "入門"),
            entry("Zed", commentary: "zzzunknown is mentioned here"),
        ])
        try index.retag([
            Topic(name: "PyTorch", kind: "library", aliases: ["PyTorch", "パイトーチ"]),
            Topic(name: "Unused", kind: "concept", aliases: ["nowhere"]),
        ])
        #expect(Set(try index.titles("", topic: "pytorch")) == ["PyTorch入門", "Lightning"])
        #expect(Set(try index.titles("", topic: "パイトーチ")) == ["PyTorch入門", "Lightning"], "any alias names the topic")
        #expect(try index.titles("入門", topic: "PyTorch") == ["PyTorch入門"])
        #expect(Set(try index.titles("topic:pytorch")) == ["PyTorch入門", "Lightning"])
        #expect(try index.titles("入門 topic:PyTorch") == ["PyTorch入門"])
        #expect(try index.titles("guide topic:pytorch") == [])
        #expect(try index.titles("topic:unused") == [])
        #expect(try index.search("入門", topic: "PyTorch").first?.topics == ["PyTorch"])
        #expect(try index.search("guide").first?.topics == [])
        // A word naming a topic also finds the topic's other spellings.
        #expect(Set(try index.titles("パイトーチ")) == ["PyTorch入門", "Lightning"])
        // A topic the index does not know is searched as text.
        #expect(try index.titles("topic:zzzunknown") == ["Zed"])
        #expect(try index.titles("", topic: "zzzunknown") == ["Zed"])
        // With OR, fields or prefixes the query runs as one expression; the topic must still restrict it.
        #expect(try index.titles("(guide OR 入門) topic:pytorch") == ["PyTorch入門"])
        #expect(try index.titles("title:guide topic:zzzunknown") == [])
    }

    @Test("issue:, date: and section: filters, with words and alone")
    func filters() throws {
        let index = try TestIndex()
        for (number, date) in [(80, "2021-06-30"), (84, "2021-07-23"), (90, "2021-09-10"), (95, "2022-01-05")] {
            try index.add(number: number, date: date, [
                paragraph("News \(number)", text: "filterword news"),
                entry("Entry \(number)", commentary: "filterword entry", section: "Articles"),
            ])
        }
        func issues(_ query: String) throws -> [Int] {
            Set(try index.search(query).compactMap(\.issue)).sorted()
        }
        #expect(try issues("filterword") == [80, 84, 90, 95])
        #expect(try issues("filterword issue:84") == [84])
        #expect(try issues("filterword issue:#84") == [84])
        #expect(try issues("filterword issue:80..90") == [80, 84, 90])
        #expect(try issues("filterword issue:91..94") == [])
        #expect(try issues("filterword date:2021") == [80, 84, 90])
        #expect(try issues("filterword date:2021-07") == [84])
        #expect(try issues("filterword date:2021-07-23") == [84])
        #expect(try issues("filterword date:2021-07..2021-09") == [84, 90])
        #expect(try issues("filterword date:2021-06-30..2021-07") == [80, 84])
        #expect(try index.titles("filterword section:news issue:84") == ["News 84"])
        #expect(try index.titles("filterword section:NEWS issue:84") == ["News 84"])
        #expect(try index.titles("filterword section:ne issue:84") == [])
        #expect(try index.titles("filterword section:% issue:84") == [])
        #expect(try index.titles("filterword -news issue:84") == ["Entry 84"])
        #expect(try index.titles("(filterword OR nothing) section:articles date:2022") == ["Entry 95"])
        // Filters alone list every item they allow, newest first.
        #expect(try index.titles("section:news") == ["News 95", "News 90", "News 84", "News 80"])
        #expect(try index.titles("issue:84") == ["News 84", "Entry 84"])
        #expect(try index.search("issue:84").allSatisfy { $0.score == 0 })
    }

    @Test("Snippets show the original text and mark the match by its bytes")
    func snippets() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", [
            entry("Book", commentary: "ｶｸﾞﾙの本。ＰｙＴｏｒｃｈで学ぶサーバー構築"),
            entry("Other", commentary: "nothing"),
        ])
        for (query, marked) in [("pytorch", "ＰｙＴｏｒｃｈ"), ("カグル", "ｶｸﾞﾙ"), ("サーバ", "サーバー"), ("学ぶ", "学ぶ")] {
            let hit = try #require(try index.search(query).first, "\(query)")
            let bytes = Array(hit.snippet.utf8)
            let highlighted = hit.highlights.map { String(decoding: bytes[$0[0]..<$0[1]], as: UTF8.self) }
            #expect(highlighted == [marked], "\(query): \(hit.snippet) \(hit.highlights)")
        }
    }

    @Test("Queries with nothing searchable find nothing rather than everything")
    func nothingSearchable() throws {
        let index = try TestIndex()
        try index.add(number: 1, date: "2022-01-07", [entry("Something", commentary: "text")])
        for query in ["", "!!!", "*", "()", "\"\"", "title:\"\""] {
            #expect(try index.search(query).isEmpty, "\(query)")
        }
    }
}
