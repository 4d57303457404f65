import Testing

@testable import KNIngest

@Suite struct HTMLTokenizerTests {
    private func tokens(_ html: String) -> [HTMLToken] { Array(HTMLTokenizer(html)) }

    @Test func tagsAttributesAndText() {
        #expect(
            tokens(#"<P Class=x data-a='1' checked>a &amp; b<br/></p>"#) == [
                .startTag(name: "p", attributes: ["class": "x", "data-a": "1", "checked": ""], selfClosing: false),
                .text("a & b"),
                .startTag(name: "br", attributes: [:], selfClosing: true),
                .endTag(name: "p"),
            ])
    }

    @Test func lessThanThatStartsNoMarkupIsText() {
        #expect(tokens("a < b <3 </ c") == [.text("a < b <3 </ c")])
    }

    @Test func commentsDeclarationsAndScriptsAreDropped() {
        #expect(
            tokens("<!DOCTYPE html><!-- <p>no</p> --><script>if (a<b) {}</script><style>p{}</style>x") == [
                .startTag(name: "script", attributes: [:], selfClosing: false), .endTag(name: "script"),
                .startTag(name: "style", attributes: [:], selfClosing: false), .endTag(name: "style"), .text("x"),
            ])
    }

    @Test func truncatedMarkupEndsTheScan() {
        #expect(tokens(#"ok<a href="https://exa"#) == [.text("ok")])
        #expect(tokens("ok<!-- never closed") == [.text("ok")])
        #expect(tokens("ok<p") == [.text("ok")])
    }

    @Test func entitiesIncludingDoubleEscapesAreDecoded() {
        #expect(tokens("&mdash;&nbsp;&hellip;&#39;&#x2014;&amp;amp;&bogus;&#0;") == [.text("—\u{A0}…'—&&bogus;\u{FFFD}")])
    }
}
