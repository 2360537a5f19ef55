import PuenteKnowledge
import PuenteSupport
import PuenteText

/// The words the knowledge writes in one language only: "cacau" is Portuguese's,
/// "hace" Spanish's. A question typed without accents or question words ("o que e o
/// protocolo harkin engel? … sobre cacau") still tells its language by them.
struct WordLanguages: Sendable {
    /// Folded word → the one language whose texts write it.
    private let owners: [String: ReplyLanguage]

    init(knowledge: Knowledge, analyzer: Analyzer) {
        var languages: [String: Set<String>] = [:]
        for record in knowledge.initiatives {
            for text in [record.name, record.summary] + record.facts.map(\.text) {
                for code in text.languages {
                    for token in analyzer.words(in: text.text(in: code))
                    where token.text.count >= 3 && !token.text.contains(where: \.isNumber) {
                        languages[Folding.fold(token.text), default: []].insert(code)
                    }
                }
            }
        }
        owners = languages.compactMapValues { codes in
            codes.count == 1 ? codes.first.flatMap(ReplyLanguage.init(rawValue:)) : nil
        }
    }

    /// The one language that writes `folded`, if only one does.
    func owner(of folded: String) -> ReplyLanguage? { owners[folded] }
}
