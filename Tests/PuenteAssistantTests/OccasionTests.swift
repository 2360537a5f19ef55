import Testing

@testable import PuenteAssistant

/// What a participant says of their own occasion ("I'm presenting tomorrow", "for my panel")
/// is not what they ask about: the answer is the one the asking part wants.
@Suite struct OccasionTests {
    private static func ask(_ text: String) -> Answer {
        AssistantFixture.converse([text]).last!.answer
    }

    /// A sentence that asks nothing, after one that asks about cotton, does not narrow the list.
    @Test func aStatementAfterTheQuestionDoesNotNarrowIt() {
        let answer = Self.ask("which cotton initiatives are there? I'm presenting tomorrow")
        let ids = answer.hits.map(\.id)
        #expect(ids.contains("clear-cotton") && ids.contains("cotton-with-decent-work"), "\(answer.lead)")
        #expect(!answer.notices.contains { $0.kind == .relaxed }, "\(answer.lead)")
    }

    /// «… to montando uma apresentacao»: words no record holds with cocoa are left out, and the
    /// cocoa records of West Africa are listed, not "the closest".
    @Test func wordsNoRecordHoldsWithTheThemeAreLeftOut() {
        let answer = Self.ask("quais iniciativas vcs tem sobre cacau na africa ocidental? to montando uma apresentacao")
        #expect(answer.hits.first?.id == "west-africa-cocoa-cooperation", "\(answer.lead)")
        #expect(!answer.notices.contains { $0.kind == .relaxed }, "\(answer.lead)")
        #expect(answer.lead.hasPrefix("6 iniciativas"), "\(answer.lead)")
    }

    /// A name no record holds with the theme is never left out: the answer stays "the closest".
    @Test func aNameIsNeverLeftOut() {
        let answer = Self.ask("¿qué iniciativas sobre cacao tiene Japón?")
        #expect(answer.notices.contains { $0.kind == .relaxed }, "\(answer.lead)")
        #expect(answer.interpretation.canonicalQuery.contains("japón"), "\(answer.interpretation.canonicalQuery)")
    }

    /// The names of a statement stay: "Je travaille sur le Mali." still says which country.
    @Test func aStatementsNamesStay() {
        let answer = Self.ask("Je travaille sur le Mali. Quels accords a-t-il avec le Sénégal ?")
        #expect(answer.hits.first?.id == "mali-bilateral-child-trafficking-agreements", "\(answer.lead)")
    }

    /// A conference of another year is not the session: its delegates are counted, not the session's venue given.
    @Test func aMeetingOfAnotherYearIsNotTheSession() {
        let answer = Self.ask(
            "Combien de délégués avaient été invités à la conférence régionale d'Abidjan de février 2023 sur le travail des enfants dans les chaînes d'approvisionnement ?"
        )
        #expect(answer.intent != .logistics, "\(answer.lead)")
        #expect(answer.lead.contains("47"), "\(answer.lead)")
    }

    /// "which of the initiatives … deal with cotton?" asks for initiatives: the panel it mentions is the asker's.
    @Test func aListQuestionMentioningAPanelIsNoSessionQuestion() {
        let answer = Self.ask(
            "I'm on a supply chains panel later and want to bring up cotton specifically - which of the initiatives you know about deal with child labour in cotton?"
        )
        #expect(answer.intent == .search, "\(answer.lead)")
        #expect(answer.hits.contains { $0.id == "cotton-with-decent-work" }, "\(answer.lead)")
    }

    /// «الاتحاد الأوروبي» names a body whose region is Europe: its project in Egypt is still
    /// what is asked for, and the answer does not open on Europe.
    @Test func aRegionNamedOnlyByABodyYieldsToTheWordsAskedFor() {
        let answer = Self.ask("ماذا عن مشروع الاتحاد الأوروبي وبرنامج الأغذية العالمي لمكافحة عمل الأطفال في مصر؟")
        #expect(answer.hits.first?.id == "egypt-wfp-education-child-labour", "\(answer.lead)")
        #expect(!answer.lead.contains("أوروبا وآسيا الوسطى"), "\(answer.lead)")
    }

    /// A statement that writes a record's whole name is about that record: the next question asks of it.
    @Test func aWholeNameInAStatementSetsTheFocus() {
        let steps = AssistantFixture.converse([
            "Estou a preparar uma apresentação sobre a Iniciativa Regional América Latina e Caribe Livre de Trabalho Infantil.",
            "quantos países reúne hoje?",
        ])
        #expect(steps[0].answer.hits.first?.id == "ri-lac-free-of-child-labour", "\(steps[0].answer.lead)")
        #expect(steps[1].answer.lead.contains("31"), "\(steps[1].answer.lead)")
    }

    /// "… labour ministry. Apart from us…": a capitalised word opening a sentence is no name
    /// the head noun before the full stop introduces, and nothing is said to be absent.
    @Test func aNameNeverRunsAcrossASentencesEnd() {
        let answer = Self.ask(
            "I work at Kyrgyzstan's labour ministry. Apart from us and Tajikistan, which country sent a peer team to the 2016 child labour peer review?"
        )
        #expect(!answer.notices.contains { $0.kind == .absent }, "\(answer.lead)")
        #expect(answer.hits.first?.id == "central-asia-child-labour-peer-review", "\(answer.lead)")
    }
}
