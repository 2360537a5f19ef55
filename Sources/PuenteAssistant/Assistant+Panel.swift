import PuenteProtocol
import PuenteSupport
import PuenteText

/// How the assistant reads a question for the panel: the names it links and its content
/// words, to merge near duplicates, and the unit of the knowledge nearest it, for the
/// moderator. The reading is the one `ask` makes, so the panel and the chat agree.
extension Assistant {
    /// What a question for the panel is about, and in which language it is written.
    public struct PanelReading: Sendable, Hashable {
        public var language: ReplyLanguage
        /// The initiative it is about and the facets it names, as `kind:id`, and what it
        /// asks of them (`asked:funds`): the part of a reading that is the same in every
        /// language, so "Who funds ACCEL Africa?" and «¿Quién financia ACCEL Africa?» meet.
        public var names: Set<String>
        /// Its words but stopwords (in any language), stemmed in its language and folded.
        public var words: Set<String>
    }

    /// Reads `text` as `ask` would, without counting it as interest (a question sent to
    /// the panel was usually asked in the chat first, and counted there).
    public func panelReading(of text: String, language: ReplyLanguage?) -> PanelReading {
        let answer = respondOnce(to: text, language: language).answer
        let interpretation = answer.interpretation
        // «financia» names the financing theme in Spanish, "funds" no theme in English: a
        // theme named only by the words that ask is what is asked, said by `asked:` below.
        let cueTerms = Set(
            extractor.extract(from: text, language: answer.language.analysisLanguage).matches
                .filter { packs.isCue(Folding.fold($0.typed)) }.map(\.id))
        var names = Set(interpretation.topicTerms.filter { !cueTerms.contains($0) }.map { "term:\($0)" })
        for (facet, ids) in interpretation.filters { names.formUnion(ids.map { "\(facet.rawValue):\($0)" }) }
        if let focus = interpretation.focus { names.insert("initiative:\(focus)") }
        if let asked = Question(
            text, language: answer.language, packs: packs, analyzer: analyzer, countries: self.names.countries
        ).asked {
            names.insert("asked:\(asked.rawValue)")
        }
        let words = analyzer.words(in: text)
            .filter { !analyzer.isStopword($0.text, inAnyOf: Language.allCases) }
            .map { analyzer.stem($0.text, in: answer.language.analysisLanguage) }
        return PanelReading(language: answer.language, names: names, words: Set(words))
    }

    /// The cited unit of the knowledge nearest `text`: the first hit of the answer `ask`
    /// would give, with where it is written; none when nothing matches.
    public func panelRelated(to text: String, language: ReplyLanguage) -> [Wire.PanelRelated] {
        let answer = respondOnce(to: text, language: language).answer
        guard let hit = answer.hits.first else { return [] }
        let source = answer.sources.first { $0.number == hit.citation }
        return [
            Wire.PanelRelated(
                id: hit.id, title: hit.title, citation: source?.url ?? source?.title ?? hit.title, quote: hit.snippet)
        ]
    }
}
