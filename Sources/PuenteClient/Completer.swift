/// What Tab offers for the word being typed: command names, record ids after
/// `/iniciativa`, vocabulary after `/puntos`, and otherwise what the daemon
/// suggests (words of the index, facet values after `region:`).
public struct Completer {
    public var recordIDs: [String]
    public var vocabularyIDs: [String]
    /// The daemon's `suggest`: completions of the last word of the text typed so far.
    public var suggest: (String) -> [String]

    public init(recordIDs: [String], vocabularyIDs: [String], suggest: @escaping (String) -> [String]) {
        self.recordIDs = recordIDs
        self.vocabularyIDs = vocabularyIDs
        self.suggest = suggest
    }

    /// Completions for `word`, the last word of `line` (the text before the cursor).
    public func candidates(line: String, word: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let atFirstWord = words.count <= 1 && !line.hasSuffix(" ")
        if line.hasPrefix("/") {
            if atFirstWord { return CommandTable.names.filter { $0.hasPrefix(word.lowercased()) } }
            switch CommandTable.resolve(words[0])?.argument ?? .none {
            case .recordID: return recordIDs.filter { $0.hasPrefix(word.lowercased()) }
            case .vocabulary: return vocabularyIDs.filter { $0.hasPrefix(word.lowercased()) }
            case .language: return ClientWords.languageArguments.filter { $0.hasPrefix(word.lowercased()) }
            case .none, .number: return []
            case .query: break
            }
        }
        guard !word.isEmpty else { return [] }
        return suggest(line)
    }
}
