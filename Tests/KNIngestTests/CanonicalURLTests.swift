import KNTestSupport
import Testing

@testable import KNIngest

/// The canonical form must equal the evaluation kit's `canon_url` exactly, or judged items are never found.
@Suite struct CanonicalURLTests {
    static let examples: [(raw: String, canonical: String?)] = [
        (
            "https://medium.com/pytorch/learn-abe663cce194?utm_campaign=Weekly%20Kaggle%20News&utm_medium=email&utm_source=Revue%20newsletter",
            "https://medium.com/pytorch/learn-abe663cce194"
        ),
        (
            "https://towardsdatascience.com/autogluon-5cdb4e2388ec?gi=bc672119f00b&utm_campaign=Weekly%20Kaggle%20News",
            "https://towardsdatascience.com/autogluon-5cdb4e2388ec?gi=bc672119f00b"
        ),
        (
            "https://medium.com/rapids-ai/target-encoding-8c762c79e784?utm_campaign=W&utm_medium=email#cid=av01_so-twit_en-us",
            "https://medium.com/rapids-ai/target-encoding-8c762c79e784#cid=av01_so-twit_en-us"
        ),
        ("https://www.youtube.com/watch?feature=youtu.be&v=ysBaZO8YmX8", "https://www.youtube.com/watch?feature=youtu.be&v=ysBaZO8YmX8"),
        ("https://example.com/a?utm_source=x&b=2&utm_medium=y&c=3", "https://example.com/a?b=2&c=3"),
        ("https://example.com/path?", "https://example.com/path"),
        ("HTTPS://WWW.Example.COM/Path/CASE?Q=Kept#Frag", "https://www.example.com/Path/CASE?Q=Kept#Frag"),
        ("https://User:Pw@Example.COM:8080/x", "https://User:Pw@example.com:8080/x"),
        ("  https://example.com/trimmed  ", "https://example.com/trimmed"),
        ("https://example.com/#section?utm_source=kept-in-fragment", "https://example.com/#section?utm_source=kept-in-fragment"),
        ("https://example.com/a?x=1&&y=2", "https://example.com/a?x=1&&y=2"),
        ("https://example.com/a?utm_=1", "https://example.com/a"),
        ("https://example.com/a?UTM_source=upper", "https://example.com/a?UTM_source=upper"),
        ("https://example.com/a?x=utm_source", "https://example.com/a?x=utm_source"),
        ("https://t.co/gRt8svv0UJ?amp=1", "https://t.co/gRt8svv0UJ?amp=1"),
        ("http://www.recsyschallenge.com/2021/", "http://www.recsyschallenge.com/2021/"),
        ("", nil),
        ("   ", nil),
        ("/relative/path", nil),
        ("javascript:void(0)", nil),
        ("mailto:someone@example.com", nil),
    ]

    @Test(arguments: examples.indices) func canonicalize(_ index: Int) {
        let example = Self.examples[index]
        #expect(CanonicalURL.canonicalize(example.raw) == example.canonical, "\(example.raw)")
    }

    @Test func canonicalizeIsIdempotent() {
        for example in Self.examples {
            guard let once = example.canonical else { continue }
            #expect(CanonicalURL.canonicalize(once) == once)
        }
    }

    @Test func domainDropsWWWUserInfoAndPort() {
        #expect(CanonicalURL.domain(of: "https://www.kdnuggets.com/2021/07/x.html") == "kdnuggets.com")
        #expect(CanonicalURL.domain(of: "https://user@Sub.Example.com:8080/x") == "sub.example.com")
        #expect(CanonicalURL.domain(of: "https://youtu.be/a9hmgAtDhkg") == "youtu.be")
        #expect(CanonicalURL.domain(of: "https://[::1]:8080/x") == "[::1]")
        #expect(CanonicalURL.domain(of: "not a url") == nil)
    }

    @Test func hrefEntitiesAreDecodedBeforeCanonicalisation() {
        var tokenizer = HTMLTokenizer(#"<a href="https://example.com/a?x=1&amp;utm_source=Revue&amp;y=2">t</a>"#)
        guard case .startTag(_, let attributes, _) = tokenizer.next() else {
            Issue.record("expected a start tag")
            return
        }
        #expect(CanonicalURL.canonicalize(attributes["href"] ?? "") == "https://example.com/a?x=1&y=2")
    }

    /// The byte-level path gives what the `Character`-level rules give, on URLs built from the
    /// pieces that matter (cases, `utm_` and empty parameters, `@`, fragments, CR LF, non-ASCII).
    @Test func asciiPathAgreesWithTheCharacterRules() {
        let seed: UInt64 = 20_251_129
        var generator = SplitMix64(seed: seed)
        let pieces = [
            "http", "HTTPS", "Ftp", "mailto", ":", "//", "/", "?", "&", "=", "#", "@", "utm_", "UTM_", "utm",
            "Www.Example.COM", "host", ":8080", "User:Pw", "a", "B", "%E5%AD%A6", "\r\n", " ", "\t", "é", "学", "",
        ]
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...12, using: &generator)
            let url = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            for candidate in [url, "https://" + url, "http://Host/" + url] {
                let expected = CanonicalURL.canonicalizeCharacters(candidate)
                if case .canonical(let fast) = CanonicalURL.canonicalizeASCII(candidate), fast != expected {
                    disagreements.append(candidate)
                }
                #expect(CanonicalURL.canonicalize(candidate) == expected)
            }
        }
        #expect(disagreements.isEmpty, "seed \(seed): \(disagreements.prefix(5))")
    }
}
