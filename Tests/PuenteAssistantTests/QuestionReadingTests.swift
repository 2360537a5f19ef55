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
        // A list is a list whatever its cue word.
        ("¿Dónde hay iniciativas sobre cacao?", nil),
        ("iniciativas de cooperación Sur-Sur en África", nil),
    ]

    static let packs = AssistantFixture.assistant.packs

    static func question(_ text: String, _ language: ReplyLanguage = .spanish) -> Question {
        Question(text, language: language, packs: packs, analyzer: AssistantFixture.assistant.analyzer)
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
