import Foundation
import PuenteIndex
import PuenteKnowledge
import PuenteText

extension Assistant {
    /// The search without the words that tell the asker's occasion, not the subject: "I'm on
    /// a supply chains panel later and want to bring up cotton…", «… sobre cacau na africa
    /// ocidental? to montando uma apresentacao». No passage holds them with the themes the
    /// question names; every other word is kept if some passage holds it with the themes.
    /// A name (capitalised, a number, a country) is never left out: a question about cocoa
    /// funded by Japan, which no record holds, still gets the closest, said as such.
    /// - Returns: nil when the question names no theme, or when what is left still needs
    ///   fewer words than it has.
    func withoutOccasionWords(_ asked: Conversation, _ turn: Turn, _ wording: Wording) -> (Conversation, SearchResult)?
    {
        let themeWords = themeWords(of: turn)
        guard !themeWords.isEmpty, turn.explicit.isEmpty else { return nil }
        // Words a follow-up carries from earlier turns are the topic, not this turn's occasion:
        // "and in North Africa?" after cocoa keeps "cocoa".
        let carried = Set(asked.topic).subtracting(turn.words)
        let isSubject = subjectWords(asked.topic, themeWords: themeWords)
        let kept = { (word: String) in carried.contains(word) || isSubject(word) }
        var subject = asked
        subject.topic = asked.topic.filter(kept)
        // The probes read only totals and word counts: no snippets, half a search's cost.
        let holdsAll = { (conversation: Conversation) -> SearchResult? in
            guard let result = try? self.run(conversation.query, snippets: false, in: wording.language),
                result.total > 0, result.requiredWords == result.queryWords
            else { return nil }
            return result
        }
        // Words that go with the themes in most passages first ("trata", "niños"), each kept
        // while every word kept so far still has a passage that holds them all.
        let candidates = asked.topic.filter { !kept($0) }.compactMap { word -> (String, Int)? in
            var probe = subject
            probe.topic.append(word)
            return holdsAll(probe).map { (word, $0.total) }
        }.sorted { $0.1 > $1.1 }
        var focused = subject
        var holds = holdsAll(subject) != nil
        for (word, _) in candidates {
            var probe = focused
            probe.topic.append(word)
            if holdsAll(probe) != nil {
                focused = probe
                holds = true
            }
        }
        guard focused.topic.count < asked.topic.count, holds else { return nil }
        // The words in the order typed, searched once more for the answer's snippets.
        let chosen = Set(focused.topic)
        focused.topic = asked.topic.filter(chosen.contains)
        guard let result = try? run(focused.query, in: wording.language) else { return nil }
        return (focused, result)
    }

    /// The turn without the ordinary words of its sentences that ask nothing, when a sentence
    /// that asks has words of its own: "which cotton initiatives are there? I'm presenting
    /// tomorrow" is about cotton, whatever passage also says "presenting". Names, numbers,
    /// countries and themes stay wherever they are written; so does every word of a
    /// question whose asking sentence is bare («… la trata transfronteriza de niños. ¿Cuáles tienen?»).
    func withoutStatements(_ turn: Turn, _ text: String) -> Turn {
        let parts = Self.sentencesAsking(in: text)
        let asking = parts.filter { $0.asks }
        guard !asking.isEmpty, asking.count < parts.count else { return turn }
        let askingWords = Set(asking.flatMap { analyzer.words(in: $0.text).map { Folding.fold($0.text) } })
        let statementWords = Set(
            parts.filter { !$0.asks }.flatMap { analyzer.words(in: $0.text).map { Folding.fold($0.text) } })
        let kept = subjectWords(turn.words, themeWords: themeWords(of: turn))
        guard turn.words.contains(where: { askingWords.contains(Folding.fold($0)) }) else { return turn }
        var focused = turn
        focused.words = turn.words.filter { word in
            let folded = Folding.fold(word)
            return kept(word) || askingWords.contains(folded) || !statementWords.contains(folded)
        }
        return focused
    }

    /// The words of the themes and mechanisms the turn names, and of the parts of regions
    /// and bodies searched as words ("Mekong", "CEDEAO"), folded.
    private func themeWords(of turn: Turn) -> Set<String> {
        Set(
            turn.matches.filter { !Turn.filterKinds.contains($0.kind) || $0.viaInclude }.flatMap { match in
                analyzer.words(in: match.typed).map { Folding.fold($0.text) }
            })
    }

    /// Whether a word of `words` names what is asked about, never left out: a theme's word,
    /// a country's, a capitalised name or a number.
    private func subjectWords(_ words: [String], themeWords: Set<String>) -> (String) -> Bool {
        let folded = words.map(Folding.fold)
        let countryWords = Set(
            names.countries.links(in: folded.map(names.withoutProclitic)).flatMap { folded[$0.span] })
        return { word in
            themeWords.contains(Folding.fold(word)) || countryWords.contains(Folding.fold(word))
                || word.first.map { $0.isUppercase || $0.isNumber } ?? false
        }
    }

    /// The text's sentences, each with whether it asks ("¿…?", "…?", «…؟»).
    private static func sentencesAsking(in text: String) -> [(text: String, asks: Bool)] {
        var sentences: [(text: String, asks: Bool)] = []
        var current = ""
        var previous: Character? = nil
        for character in text + " " {
            if let mark = previous, ".?!؟".contains(mark), character.isWhitespace {
                let sentence = current.trimmingCharacters(in: .whitespaces)
                if sentence.contains(where: \.isLetter) {
                    sentences.append((sentence, sentence.hasPrefix("¿") || mark == "?" || mark == "؟"))
                }
                current = ""
            }
            current.append(character)
            previous = character
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if rest.contains(where: \.isLetter) { sentences.append((rest, rest.hasPrefix("¿"))) }
        return sentences
    }
}
