import PuenteSupport
import Testing

@testable import PuenteAssistant

/// How a question is read before anything is searched: what it asks for, in five
/// languages, and the names it writes.
@Suite struct QuestionReadingTests {
    static let asked: [(text: String, asked: Asked?)] = [
        ("¿Quién financia ACCEL Africa?", .funds),
        ("me gustaria saber quien pone el dinero para el proyecto", .funds),
        ("Qui finance le programme ?", .funds),
        ("من يمول المبادرة؟", .funds),
        ("¿Quién lidera la Alianza 8.7?", .leads),
        ("Who runs COMMIT?", .leads),
        ("Quand le plan a-t-il été adopté ?", .when),
        ("Em que ano foi assinado o acordo?", .when),
        ("متى تم إطلاق التحالف؟", .when),
        ("¿Dónde se firmó el acuerdo?", .whereAbouts),
        ("Où a été signé l'accord ?", .whereAbouts),
        ("Which countries are part of COMMIT?", .countries),
        ("Quais países fazem parte do plano?", .countries),
        ("¿Cuántos países participan?", .howMany),
        ("How many delegates were invited?", .howMany),
        ("¿Qué es la cooperación triangular?", .what),
        ("ما هو التعاون بين بلدان الجنوب؟", .what),
        // A cue in a clause that describes a noun describes it: the question asks what comes before.
        ("من يقود برنامج التنمية والحماية الإقليمي الذي موّل مشاريع منظمة العمل الدولية في الأردن؟", .leads),
        ("Who leads the programme that funded ILO projects in Jordan?", .leads),
        ("¿Quién financia el plan que adoptaron los ministros en Dakar?", .funds),
        // A list is a list whatever its cue word.
        ("¿Dónde hay iniciativas sobre cacao?", nil),
        ("iniciativas de cooperación Sur-Sur en África", nil),
    ]

    static let packs = AssistantFixture.assistant.packs

    static func question(_ text: String, _ language: ReplyLanguage = .spanish) -> Question {
        Question(
            text, language: language, packs: packs, analyzer: AssistantFixture.assistant.analyzer,
            countries: AssistantFixture.assistant.names.countries)
    }

    @Test(arguments: asked) func whatIsAskedForIsRead(_ text: String, _ asked: Asked?) {
        let language = ReplyLanguage.guess(text, packs: Self.packs)
        #expect(Self.question(text, language).asked == asked)
    }

    @Test func cueWordsAreNotTopicWords() {
        #expect(Self.packs.isCue("quien"))
        #expect(Self.packs.isCue("financia"))
        // A word that only appears inside a longer cue ("de qué trata") is a topic word.
        #expect(!Self.packs.isCue("trata"))
        #expect(!Self.packs.isCue("cacao"))
    }

    @Test func namesAreReadFromCapitalsAcrossTheirSmallWords() {
        let question = Self.question("¿Hay alguna iniciativa de la Unión del Magreb Árabe o de ACCEL Africa?")
        #expect(question.mentions.map(\.text) == ["Unión del Magreb Árabe", "ACCEL Africa"])
        let english = Self.question("Who leads Alliance 8.7?", .english)
        #expect(english.mentions.map(\.text) == ["Alliance 8.7"])
    }

    @Test func theKnowledgeHoldsWhatItNamesAndNotWhatItLacks() {
        let names = AssistantFixture.assistant.names
        func holds(_ text: String) -> Bool {
            Self.question(text).mentions.allSatisfy(names.holds)
        }
        #expect(holds("¿Quién lidera la Alianza 8.7?"))
        #expect(holds("¿Qué hace la Liga de los Estados Árabes?"))
        #expect(holds("Quem financia o programa Sul-Sul do Brasil?"))
        // A typo in a long name is still the name.
        #expect(holds("¿Qué hace la Liga de los Estados Arabes en Marruecos?"))
        #expect(!holds("¿Hay alguna iniciativa de la Unión del Magreb Árabe?"))
        #expect(!holds("¿Qué iniciativas hay en Islandia?"))
        #expect(!holds("¿Hay iniciativas de la Comunidad Andina?"))
    }

    @Test func recordsAreFoundByAnyOfTheirNamesInTheOrderNamed() {
        let names = AssistantFixture.assistant.names
        let words = Self.question("¿Trabajan juntos COMMIT y la Alianza 8.7?").words
        #expect(names.records(namedIn: words).map(\.id) == ["commit-mekong", "alliance-8-7"])
        #expect(names.records(namedIn: Self.question("¿Qué es la Alianza 8.7?").words).first?.id == "alliance-8-7")
    }
}

/// Phrasings nobody wrote a table entry for: typos in question words, a session's
/// topics asked another way, a question whose nearest records each hold part of it.
@Suite struct UnforeseenPhrasingTests {
    let assistant = AssistantFixture.assistant

    @Test(arguments: [
        ("wich countries take part in COMMIT?", Asked.countries), ("qien financia el proyecto?", .funds),
        ("quado foi adotado o plano?", .when),
    ])
    func aMistypedQuestionWordIsReadAsTheCueItMeant(_ text: String, _ asked: Asked) {
        #expect(
            Question(
                text, language: .english, packs: assistant.packs, analyzer: assistant.analyzer,
                countries: assistant.names.countries
            ).asked == asked)
    }

    @Test func theSessionsTopicsLeadItsQuestions() {
        let spanish = assistant.respond(to: "¿De qué temas se va a hablar en la sesión?").answer
        #expect(spanish.lead.contains("hojas de ruta") && spanish.lead.contains("financiación"), "\(spanish.lead)")
        let arabic = assistant.respond(to: "ما هي مواضيع الجلسة؟").answer
        #expect(arabic.lead.contains("خرائط الطريق"), "\(arabic.lead)")
    }

    /// No record holds every word: the lead names the closest, said to be the closest.
    @Test func aQuestionNoRecordHoldsWhollyIsAnsweredWithTheClosestByName() {
        let answer = assistant.respond(to: "is anything done for kids harvesting hazelnuts in Turkey?").answer
        #expect(answer.lead.hasPrefix("The closest I have is") && answer.lead.contains("Türkiye"), "\(answer.lead)")
    }

    /// A region's part that names no body widens to the region when few records say its name.
    @Test func aSubregionWidensToItsRegion() {
        let answer = assistant.respond(to: "¿Qué iniciativas hay sobre algodón en Asia Central?").answer
        #expect(answer.hits.contains { $0.id == "uzbekistan-ilo-world-bank-tpm" }, "\(answer.lead)")
    }
}

/// What a question asks, read around the words participants put in between.
@Suite struct LooseCueTests {
    let assistant = AssistantFixture.assistant

    @Test(arguments: [
        ("Which island countries took part in COMMIT?", Asked.countries), ("¿Quién lo financia?", .funds),
    ])
    func aTwoWordCueStandsAroundOneWord(_ text: String, _ asked: Asked) {
        #expect(
            Question(
                text, language: .english, packs: assistant.packs, analyzer: assistant.analyzer,
                countries: assistant.names.countries
            ).asked == asked)
    }

    /// Only the session has hours.
    @Test func askingTheHourIsAboutTheSession() {
        let lead = assistant.respond(to: "¿A qué hora arranca lo de cooperación regional e interregional?").answer.lead
        #expect(lead.contains("14:30"), "\(lead)")
    }

    /// A lowercase run around "fund" may describe: it is absent only with a word the knowledge lacks.
    @Test func aDescribedFundIsNotSaidAbsent() {
        let lead = assistant.respond(
            to: "who is paying for the pooled education fund in the cocoa areas of ivory coast?"
        ).answer.lead
        #expect(!lead.hasPrefix("I don't have"), "\(lead)")
    }

    /// A name its head noun introduces in lowercase is a name: "el programa Bolsa Família".
    @Test func aNameIntroducedByItsHeadNounIsSaidAbsentWhenLacking() {
        let lead = assistant.respond(to: "¿El programa Bolsa Família forma parte de alguna iniciativa?").answer.lead
        #expect(lead.hasPrefix("No tengo") && lead.contains("Bolsa Família"), "\(lead)")
    }
}

/// A cue in another inflection than the pack's, and "what is" asked about a fact.
@Suite struct InflectionTests {
    let assistant = AssistantFixture.assistant

    @Test(arguments: [("who is bankrolling CLEF?", Asked.funds), ("¿quiénes financiaron el plan?", .funds)])
    func aCueIsReadInAnyInflection(_ text: String, _ asked: Asked) {
        let language = ReplyLanguage.guess(text, packs: assistant.packs)
        #expect(
            Question(
                text, language: language, packs: assistant.packs, analyzer: assistant.analyzer,
                countries: assistant.names.countries
            ).asked == asked)
    }

    /// "What is X" where X is in one of a record's facts, not its name: the fact answers.
    @Test func whatIsAFactOfARecordIsAnsweredByTheFact() {
        let lead = assistant.respond(to: "What was the IBSA declaration on South-South cooperation and decent work?")
            .answer.lead
        #expect(lead.contains("IBSA"), "\(lead)")
    }
}
