import Foundation

/// A subject readers search for, with every way the archive and its readers write it.
public struct Topic: Codable, Equatable, Sendable {
    /// The canonical name (`PyTorch`, `異常検知`).
    public var name: String
    /// library, competition, platform, method, task, model, org, concept, event or person.
    public var kind: String
    /// Every spelling, the canonical name included: English, Japanese, katakana, abbreviations.
    public var aliases: [String]

    public init(name: String, kind: String, aliases: [String]) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
    }
}

/// The topic dictionary: kn's built-in `topics.tsv` plus the user's own file, if any.
///
/// File format, one topic per line: `canonical<TAB>kind<TAB>alias|alias|…`; `#` starts a comment.
/// A user topic with the same canonical name as a built-in one adds its aliases to it.
public struct TopicDictionary: Sendable {
    public private(set) var topics: [Topic]

    public init(topics: [Topic]) {
        self.topics = topics
    }

    /// Parses `text`; malformed lines are skipped and reported as `SOURCE:LINE: reason`.
    public static func parse(_ text: String, source: String) -> (TopicDictionary, warnings: [String]) {
        var topics: [Topic] = []
        var warnings: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard columns.count == 3, !columns[0].isEmpty else {
                warnings.append("\(source):\(index + 1): expected canonical<TAB>kind<TAB>alias|alias|…")
                continue
            }
            let aliases = ([columns[0]] + columns[2].split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces)
            }).filter { !$0.isEmpty }
            topics.append(Topic(name: columns[0], kind: columns[1], aliases: unique(aliases)))
        }
        return (TopicDictionary(topics: topics), warnings)
    }

    /// The dictionary shipped with kn.
    public static func builtIn() -> TopicDictionary {
        guard let url = Bundle.module.url(forResource: "topics", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return TopicDictionary(topics: []) }
        return parse(text, source: "topics.tsv").0
    }

    /// Where the user's own topics live: `$KN_TOPICS`, else `$XDG_CONFIG_HOME/kn/topics.tsv`,
    /// else `~/.config/kn/topics.tsv`.
    public static func userFilePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["KN_TOPICS"], !explicit.isEmpty { return explicit }
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/kn/topics.tsv" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/kn/topics.tsv"
    }

    /// The built-in dictionary merged with the user's file when it exists.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> (TopicDictionary, warnings: [String])
    {
        let path = userFilePath(environment: environment)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (builtIn(), []) }
        let (user, warnings) = parse(text, source: path)
        return (builtIn().merged(with: user), warnings)
    }

    /// This dictionary with `other`'s topics added; same-named topics pool their aliases.
    public func merged(with other: TopicDictionary) -> TopicDictionary {
        var result = self
        for topic in other.topics {
            if let index = result.topics.firstIndex(where: { $0.name.lowercased() == topic.name.lowercased() }) {
                result.topics[index].aliases = Self.unique(result.topics[index].aliases + topic.aliases)
            } else {
                result.topics.append(topic)
            }
        }
        return result
    }

    /// The form aliases and query text are compared in: analyzed, spaces and hyphens removed
    /// (`Pre-Training`, `pre training` and `ＰＲＥＴＲＡＩＮＩＮＧ` share one key).
    public static func key(_ text: String) -> String {
        Analyzer.standard.normalize(text).unicodeScalars.filter {
            !$0.properties.isWhitespace && $0 != "-" && $0 != "_" && $0 != "・"
        }.reduce(into: String()) { $0.unicodeScalars.append($1) }
    }

    private static func unique(_ aliases: [String]) -> [String] {
        var seen = Set<String>()
        return aliases.filter { seen.insert(key($0)).inserted }
    }
}
