import PuenteText
import Testing

@testable import PuenteIndex

/// Thesaurus members resolved to terms when the index is built, against the same
/// members analysed the way a query's words are.
@Suite struct ThesaurusTests {
    static let thesaurus = Thesaurus(groups: [
        [
            "cadenas de suministro", "supply chains", "chaînes d'approvisionnement", "cadeias de abastecimento",
            "سلاسل الإمداد",
        ],
        [
            "cooperación Sur–Sur", "South-South cooperation", "coopération Sud-Sud", "cooperação Sul-Sul",
            "التعاون بين بلدان الجنوب",
        ],
        ["trabajo infantil", "child labour", "child labor", "travail des enfants", "trabalho infantil", "عمل الأطفال"],
        ["migración laboral", "labour migration", "migration de main-d'œuvre", "migração laboral"],
        ["CEDEAO", "ECOWAS", "Comunidad Económica de los Estados de África Occidental"],
        ["cacao", "cocoa", "cacau"],
    ])
    static let index = Index(
        documents: [
            passage("cadenas", body: "Las cadenas de suministro del cacao en África Occidental."),
            passage("chaines", body: "Les chaînes d'approvisionnement et le travail des enfants."),
            passage(
                "sur", name: "Cooperación Sur-Sur",
                body: "La cooperación Sur–Sur y triangular contra el trabajo infantil."),
            passage("sul", body: "A cooperação Sul-Sul e o trabalho infantil nas cadeias de abastecimento."),
            passage("migracion", body: "La migración laboral y la trata de personas en la CEDEAO."),
            passage("english", body: "Child labour in cocoa supply chains; labour migration in ECOWAS."),
            passage("arabic", body: "مكافحة عمل الأطفال في سلاسل الإمداد والتعاون بين بلدان الجنوب", facets: [:]),
        ], thesaurus: thesaurus)

    /// A member's words analysed now, as every query used to analyse them.
    static func analysed(_ member: Thesaurus.Phrase, languages: [Language]) -> [QueryWord] {
        let rules = Index.ExpansionRules(fuzzy: false, prefix: false, languages: languages)
        return member.words.map { word in
            var queryWord = index.expand(word, rules: rules)
            queryWord.expansions = queryWord.expansions.map {
                Expansion(term: $0.term, kind: .synonym, weight: $0.weight * MatchKind.synonym.weight)
            }
            return queryWord
        }
    }

    static func summary(_ words: [QueryWord]) -> [String] {
        words.map { word in
            "\(word.text) idf=\(word.idf) correction=\(word.correction ?? "-") "
                + word.expansions.map { "\($0.term):\($0.kind):\($0.weight)" }.joined(separator: ",")
        }
    }

    @Test func everyMemberIsResolvedAsAQueryWouldAnalyseIt() {
        let phrases = Self.thesaurus.phrases
        #expect(phrases.count == Self.index.synonymWords.count)
        #expect(phrases.map(\.number) == Array(phrases.indices))
        for member in phrases {
            let resolved = Self.index.synonymWords[member.number]
            #expect(
                Self.summary(resolved) == Self.summary(Self.analysed(member, languages: Index.synonymLanguages)),
                "\(member.text)")
            #expect(resolved.allSatisfy { $0.expansions.allSatisfy { $0.kind == .synonym } })
        }
        // Members reach terms of the index, or the comparison above proves little.
        #expect(Self.index.synonymWords.joined().filter { !$0.expansions.isEmpty }.count > 20)
    }

    @Test func queriesInFewerLanguagesAnalyseMembersForTheirOwn() throws {
        // The resolved words serve queries in every language; one that narrows its
        // languages gets the members analysed for those, as before, and still finds them.
        let languages: [Language] = [.spanish, .english]
        for member in Self.thesaurus.phrases {
            #expect(
                Self.summary(Self.index.synonymWords(of: member, languages: languages))
                    == Self.summary(Self.analysed(member, languages: languages)), "\(member.text)")
        }
        let result = try search(Self.index, "supply chains") { $0.languages = languages }
        #expect(Set(ids(result)).isSuperset(of: ["cadenas", "english"]))
    }
}
