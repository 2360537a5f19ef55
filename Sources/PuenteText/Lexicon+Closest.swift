extension Lexicon {
    /// The word a mistyped `word` most likely meant, for "did you mean" messages.
    ///
    /// The nearest word within the typo budget of `word` (see `TypoTolerance`),
    /// else the only word that `word` begins. Nil when nothing is close.
    public func closest(to word: String) -> String? {
        if let near = fuzzyMatches(of: word).first(where: { $0.cost > 0 }) {
            return self.word(at: near.ordinal)
        }
        let completions = ordinals(withPrefix: word)
        if completions.count == 1, let only = completions.first { return self.word(at: only) }
        return nil
    }
}
