import PuenteKnowledge
import PuenteSupport
import Testing

@testable import PuenteAssistant

/// Replies in French, Portuguese and Arabic are written in those languages: no
/// sentence of the assistant's own comes back in English. Quoted knowledge may.
@Suite struct FiveLanguageReplyTests {
    let assistant = AssistantFixture.assistant

    /// Phrases only the English wording writes: leads, notes, headings, help,
    /// logistics and suggestions. (Knowledge quoted in English, such as an example
    /// question the session has no Arabic for, may hold other English words.)
    static let englishPhrases = [
        "No source has every word", "I did not find anything", "Did you mean", "Try a theme", "Understood:", "Query:",
        "follow-up to the previous question", "Talking points", "What about", "of the concept note", "I don't know the",
        "Filters:", "The session is on", "local time", "I am the assistant", "Ask me in",
        "with the number of initiatives",
        "Regions:", "Modalities:", "Done: filters", "See other regions", "Only ", "Concept note", "corrected:",
        "added:",
        "will address these questions", "as part of the",
    ]

    static let questions: [(String, ReplyLanguage)] = [
        ("initiatives de coopération Sud–Sud sur la migration de main-d'œuvre", .french),
        ("quand a lieu la session ?", .french),
        ("aide", .french),
        ("region:afrika cacao", .french),
        ("zanahorias voladoras", .french),
        ("iniciativas de cooperação Sul–Sul sobre migração laboral", .portuguese),
        ("quando é a sessão?", .portuguese),
        ("regioes", .portuguese),
        ("regoin:africa", .portuguese),
        ("سلاسل الإمداد في أفريقيا", .arabic),
        ("التعاون الثلاثي", .arabic),
        ("MIRTI", .arabic),
        ("region:afrika", .arabic),
        ("zanahorias voladoras", .arabic),
    ]

    @Test(arguments: questions)
    func theReplyHasNoEnglishSentenceOfTheAssistants(_ question: String, _ language: ReplyLanguage) {
        let answer = assistant.respond(to: question, language: language).answer
        #expect(answer.language == language)
        let written = ([answer.reply, answer.lead] + answer.suggestions.map(\.text)).joined(separator: "\n")
        for phrase in Self.englishPhrases {
            #expect(!written.contains(phrase), "“\(phrase)” in the \(language) reply to “\(question)”:\n\(written)")
        }
    }

    /// A topic's synonyms reach every language's wording of a record ("cacao" finds
    /// «الكاكاو»), but the passage quoted is the reader's wording of it.
    @Test(arguments: [
        ("iniciativas sobre cacao", ReplyLanguage.spanish),
        ("initiatives on cocoa", .english),
        ("quelles initiatives sur le cacao ?", .french),
        ("iniciativas sobre cacau", .portuguese),
    ])
    func quotedPassagesAreInTheReadersLanguage(_ question: String, _ language: ReplyLanguage) {
        let answer = assistant.respond(to: question, language: language).answer
        #expect(answer.hits.count >= 3)
        for hit in answer.hits {
            #expect(
                !hit.snippet.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) },
                "[\(language)] \(hit.snippet)")
        }
        if language != .spanish {
            #expect(
                !answer.hits.contains {
                    $0.snippet.contains("trabajo infantil") || $0.snippet.contains("cadenas de suministro")
                }, "\(answer.hits.map(\.snippet))")
        }
    }

    /// "cotton projects?" has no word of one language's own but "projects", which only the
    /// English texts write: it is answered in English, not in the fallback.
    @Test func wordsOnlyOneLanguagesTextsWriteDecideWhenNothingElseDoes() {
        let assistant = AssistantFixture.assistant
        let english = ReplyLanguage.guess(
            "cotton projects?", fallback: .spanish, packs: assistant.packs, analyzer: assistant.analyzer,
            written: assistant.wordLanguages)
        #expect(english == .english)
        let name = ReplyLanguage.guess(
            "ACCEL Africa?", fallback: .french, packs: assistant.packs, analyzer: assistant.analyzer,
            written: assistant.wordLanguages)
        #expect(name == .french, "a name every language writes keeps the fallback")
    }

    @Test func theLeadOfASearchSpeaksEachLanguage() {
        let french = assistant.respond(
            to: "initiatives de coopération Sud–Sud sur la migration de main-d'œuvre", language: .french
        ).answer
        #expect(
            french.lead.contains("initiative de coopération Sud–Sud en matière de migration de main-d'œuvre")
                || french.lead.contains("initiatives de coopération Sud–Sud en matière de migration de main-d'œuvre"),
            "\(french.lead)")
        let portuguese = assistant.respond(
            to: "iniciativas de cooperação Sul–Sul sobre migração laboral", language: .portuguese
        ).answer
        #expect(portuguese.lead.contains("de cooperação Sul–Sul sobre migração laboral"), "\(portuguese.lead)")
        let arabic = assistant.respond(to: "سلاسل الإمداد في أفريقيا", language: .arabic).answer
        #expect(arabic.lead.contains("في أفريقيا بشأن سلاسل الإمداد"), "\(arabic.lead)")
    }

    @Test func theSessionsDayAndTimeInEachLanguage() {
        let expected: [(String, ReplyLanguage, String)] = [
            ("¿cuándo es la sesión?", .spanish, "La sesión es el jueves 12 de febrero de 2026 de 14:30 a 16:15"),
            ("when is the session?", .english, "The session is on Thursday 12 February 2026, from 14:30 to 16:15"),
            ("quand a lieu la session ?", .french, "La session a lieu le jeudi 12 février 2026, de 14:30 à 16:15"),
            (
                "quando é a sessão?", .portuguese,
                "A sessão está marcada para quinta-feira, 12 de fevereiro de 2026, das 14:30 às 16:15"
            ),
        ]
        for (question, language, sentence) in expected {
            let answer = assistant.respond(to: question, language: language).answer
            #expect(answer.intent == .logistics && answer.reply.hasPrefix(sentence), "\(answer.reply)")
        }
    }

    /// A suggestion's input, sent back, continues the conversation as its text promises.
    @Test(arguments: [
        ("initiatives de coopération Sud–Sud sur la migration de main-d'œuvre", ReplyLanguage.french),
        ("iniciativas de cooperação Sul–Sul sobre migração laboral", .portuguese),
        ("سلاسل الإمداد", .arabic),
        ("cooperación triangular sobre algodón", .spanish),
    ])
    func suggestionsAreFollowUpsInTheRepliesLanguage(_ question: String, _ language: ReplyLanguage) throws {
        let (answer, conversation) = assistant.respond(to: question, language: language)
        let offered = try #require(answer.suggestions.first { !$0.input.hasPrefix("/") })
        let next = assistant.respond(to: offered.input, in: conversation, language: language).answer
        #expect(next.interpretation.followUp, "\(offered.input)")
        #expect(next.interpretation.topicTerms == answer.interpretation.topicTerms, "\(offered.input)")
        #expect(next.total > 0, "\(offered.input)")
    }

    @Test(arguments: [ReplyLanguage.french, .portuguese, .arabic])
    func aModalityAloneNarrowsTheQuestionAsOnlyPromises(_ language: ReplyLanguage) {
        let wording = Wording(language: language, knowledge: assistant.knowledge)
        let (first, conversation) = assistant.respond(to: "cooperación triangular sobre algodón", language: .spanish)
        let only = wording.only(modality: "south-south", count: 1)
        let next = assistant.respond(to: only.input, in: conversation, language: language).answer
        #expect(
            next.interpretation.followUp && next.interpretation.filters[.modality] == ["south-south"], "\(only.input)")
        #expect(next.interpretation.topicTerms == first.interpretation.topicTerms)
    }
}

/// A French, a Portuguese and an Arabic participant asking who funds, when, where and
/// which countries get the knowledge in their own language: a fact's own words in it,
/// or the record's countries and bodies named in it, never a Spanish field.
@Suite struct OwnLanguageUnitTests {
    let assistant = AssistantFixture.assistant

    static let questions: [(String, ReplyLanguage, String)] = [
        ("Qui finance ACCEL Africa ?", .french, "accel-africa"),
        ("Quand le mémorandum COMMIT a-t-il été signé ?", .french, "commit-mekong"),
        ("Où le premier plan d'action de la CEDEAO a-t-il été adopté ?", .french, "ecowas-regional-action-plan"),
        ("Quels pays couvre CLEAR Cotton ?", .french, "clear-cotton"),
        ("Quem financia o ACCEL Africa?", .portuguese, "accel-africa"),
        ("Quando foi assinado o memorando COMMIT?", .portuguese, "commit-mekong"),
        ("Onde foi adotado o primeiro plano de ação da CEDEAO?", .portuguese, "ecowas-regional-action-plan"),
        ("Que países abrange o CLEAR Cotton?", .portuguese, "clear-cotton"),
        ("من يموّل مبادرة أكسل أفريقيا؟", .arabic, "accel-africa"),
        ("متى وُقّعت مذكرة كوميت؟", .arabic, "commit-mekong"),
        ("أين اعتُمدت أول خطة عمل للإيكواس؟", .arabic, "ecowas-regional-action-plan"),
        ("ما البلدان التي يشملها مشروع كلير كوتون؟", .arabic, "clear-cotton"),
    ]

    @Test(arguments: questions)
    func theLeadQuotesTheKnowledgeInTheReadersLanguage(_ question: String, _ language: ReplyLanguage, _ id: String)
        throws
    {
        let knowledge = assistant.knowledge
        let record = try #require(knowledge.initiative(id))
        let code = language.rawValue
        // French typography puts a no-break space before ";" where the knowledge writes a space.
        let lead = assistant.respond(to: question, language: language).answer.lead
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        let facts = record.facts.map { Wording.withoutFinalStop($0.text(in: code)) }
        let fields =
            knowledge.countries(of: record, in: code) + knowledge.bodyLabels(record.lead + record.partners, in: code)
        let quotesAFact = facts.contains(where: lead.contains)
        let namesItsFields = fields.filter(lead.contains).count >= 2
        #expect(quotesAFact || namesItsFields, "\(question) → \(lead)")
        let spanishOnly = knowledge.bodyLabels(record.lead + record.partners, in: "es").filter { name in
            !Vocabulary.languages.dropFirst().contains {
                knowledge.bodyLabels(record.lead + record.partners, in: $0).contains(name)
            }
        }
        #expect(!spanishOnly.contains(where: lead.contains), "a Spanish name inside a \(code) sentence: \(lead)")
    }
}
