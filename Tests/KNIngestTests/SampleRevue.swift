/// A minimal Revue export holding one news paragraph and one entry, for tests that need a valid file.
enum SampleRevue {
    static func text(title: String = "Weekly Kaggle News #3", paragraph: String = "ニュースです。") -> String {
        """
        # \(title)
        https://www.getrevue.co/profile/example/issues/sample-3
        <h3><h2>News</h2><p>\(paragraph)<a href="https://example.com/news">link</a></p></h3>
        <hr>
        <p>
        <strong style='display: block;'><a href="https://example.com/entry">Entry title</a></strong>
        </p>
        <p><p>Commentary.</p></p>

        """
    }
}
