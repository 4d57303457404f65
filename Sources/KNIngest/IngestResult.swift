/// What reading one file produced: its issues (a feed holds several) and the non-fatal problems met on the way.
public struct IngestResult: Sendable, Equatable {
    /// The issues found in the file, in file order.
    public var issues: [Issue]
    /// Problems that did not stop the file from being read (invalid UTF-8 replaced, no issue number, …).
    public var warnings: [IngestError]

    /// Creates a result from parsed issues and the warnings met while reading them.
    public init(issues: [Issue], warnings: [IngestError] = []) {
        self.issues = issues
        self.warnings = warnings
    }
}
