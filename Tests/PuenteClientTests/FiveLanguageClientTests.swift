import PuenteRendering
import PuenteSupport
import Testing

@testable import PuenteClient
@testable import PuenteProtocol

/// The client's labels, headings and messages in es, en, fr, pt and ar.
@Suite struct FiveLanguageClientTests {
    /// Every label the client writes, by name, for one language.
    static func labels(_ language: ReplyLanguage) -> [(name: String, text: String)] {
        let words = ClientWords(language)
        return [
            ("howToAsk", words.howToAsk(example: "x")), ("howToAsk without example", words.howToAsk(example: nil)),
            ("results", words.results(3)), ("one result", words.results(1)),
            ("nothing", words.nothing), ("unknownCommand", words.unknownCommand("/x", suggestion: "/y")),
            ("needsArgument", words.needsArgument("/x", "ID")), ("commandsHeading", words.commandsHeading),
            ("contextEmpty", words.contextEmpty), ("contextHeading", words.contextHeading),
            ("forgotten", words.forgotten),
            ("languageSet", words.languageSet(language)), ("languageChoices", words.languageChoices),
            ("languageAutomatic", words.languageAutomatic),
            ("unknownLanguage", words.unknownLanguage("de")), ("json on", words.json(true)),
            ("json off", words.json(false)),
            ("historyOff", words.historyOff), ("reloaded", words.reloaded("v1", 3, 5)),
            ("conversationForgotten", words.conversationForgotten), ("abandoned", words.abandoned),
            ("goodbye", words.goodbye),
            ("stillRunning", words.stillRunning(stop: "puente stop")), ("stopped", words.stopped(pid: 42)),
            ("themes", words.heading(ClientActions.VocabularyKind.themes)),
            ("regions", words.heading(ClientActions.VocabularyKind.regions)),
            ("modalities", words.heading(ClientActions.VocabularyKind.modalities)),
            ("mechanisms", words.heading(ClientActions.VocabularyKind.mechanisms)),
        ]
    }

    /// Labels a language shares with English by right: French writes "Sources" and "Suggestions" too.
    static let sharedWithEnglish: Set<String> = ["fr sourcesHeading", "fr suggestionsHeading"]

    @Test(arguments: ReplyLanguage.allCases.filter { $0 != .english })
    func everyLabelIsWrittenInTheLanguage(_ language: ReplyLanguage) {
        let english = Dictionary(uniqueKeysWithValues: Self.labels(.english).map { ($0.name, $0.text) })
        for (name, text) in Self.labels(language) {
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(name) is empty")
            if !Self.sharedWithEnglish.contains("\(language.rawValue) \(name)") {
                #expect(text != english[name], "\(language) \(name) is the English “\(text)”")
            }
        }
    }

    @Test(arguments: ReplyLanguage.allCases)
    func everyCommandIsSummedUpInTheLanguage(_ language: ReplyLanguage) {
        for command in CommandTable.all {
            #expect(
                !command.summary(in: language).isEmpty && !command.summary(in: language).hasPrefix("⟨"),
                "\(command.spanish) in \(language)")
            if command.argument != .none {
                #expect(command.placeholder(in: language) != nil, "\(command.spanish) in \(language)")
            }
            if language != .english {
                #expect(
                    command.summary(in: language) != command.summary(in: .english), "\(command.spanish) in \(language)")
            }
        }
        #expect(CommandTable.help(language).count == CommandTable.all.count)
    }

    @Test func helpOffersEachReaderItsCommandNames() {
        #expect(
            CommandTable.help(.french).contains(
                "  /record ID (/iniciativa) — une initiative en entier, avec ses sources"))
        #expect(
            CommandTable.help(.portuguese).contains(
                "  /iniciativa ID (/record) — uma iniciativa completa, com as suas fontes"))
        #expect(
            CommandTable.help(.arabic).contains(
                "  /lang es|en|fr|pt|ar|auto (/idioma) — لغة الواجهة والإجابات (\u{2066}auto\u{2069}: كل سؤال بلغته)"))
    }

    @Test func languagesAreNamedByCodeOrLocale() {
        #expect(ReplyLanguage(locale: "fr") == .french)
        #expect(ReplyLanguage(locale: "PT") == .portuguese)
        #expect(ReplyLanguage(locale: "pt-BR") == .portuguese)
        #expect(ReplyLanguage(locale: "ar_MA.UTF-8") == .arabic)
        #expect(
            ReplyLanguage(locale: "de").map(ClientWords.speaks) == false, "no pack, so the client does not speak it")
        #expect(ReplyLanguage(locale: "C") == nil)
        #expect(
            ClientWords(.spanish).unknownLanguage("de")
                == "No conozco el idioma «de»; /idioma acepta es, en, fr, pt, ar o auto.")
        #expect(
            ClientWords(.english).unknownLanguage("de")
                == "Unknown language “de”; /lang accepts es, en, fr, pt, ar or auto.")
        #expect(
            ClientWords(.spanish).languageAutomatic
                == "Idioma: cada pregunta se responde en el idioma en que está escrita.")
        #expect(
            ClientWords(.english).languageChoices
                == "Languages: /lang es|en|fr|pt|ar|auto (es español, en English, fr français, pt português, ar العربية, auto each question in its own)"
        )
        #expect(ClientWords(.french).languageSet(.french) == "Langue\u{A0}: français.")
        #expect(ClientWords(.spanish).languageSet(.arabic) == "اللغة: العربية.", "said in the language chosen")
        let completer = Completer(recordIDs: [], vocabularyIDs: []) { _ in [] }
        #expect(completer.candidates(line: "/idioma ", word: "") == ["es", "en", "fr", "pt", "ar", "auto"])
    }

    /// The labels are the answer's language's, whatever language the client speaks.
    @Test func anAnswerIsRenderedWithTheLanguagesLabels() {
        let french = Renderer(words: ClientWords(.spanish), colour: false, width: 0).answer(
            AnswerRenderingTests.answer(in: .french))
        #expect(french.contains("[1] «\u{A0}cadenas del cacao en seis países\u{A0}» — ACCEL Africa"))
        #expect(french.contains("Sources\u{A0}:\n[1] ACCEL Africa — https://example.org/accel"))
        #expect(
            french.contains(
                "Compris\u{A0}: suite de la question précédente · région\u{A0}: África · modalité\u{A0}: sauf cooperación bilateral"
            ))
        #expect(french.contains("Requête\u{A0}: region:africa -modality:bilateral cacao"))
        let portuguese = Renderer(words: ClientWords(.spanish), colour: false, width: 0).answer(
            AnswerRenderingTests.answer(in: .portuguese))
        #expect(portuguese.contains("Entendi: continuação da pergunta anterior · região: África"))
        #expect(portuguese.contains("Fontes:\n[1] ACCEL Africa"))
        let arabic = Renderer(words: ClientWords(.spanish), colour: false, width: 0).answer(
            AnswerRenderingTests.answer(in: .arabic))
        #expect(arabic.contains("[1] «cadenas del cacao en seis países» — ACCEL Africa"))
        #expect(arabic.contains("المصادر:\n[1] ACCEL Africa"))
        #expect(
            arabic.contains(
                "ما فهمته: متابعة للسؤال السابق · المنطقة: África · نمط التعاون: باستثناء cooperación bilateral"))
        #expect(arabic.contains("لا شيء مع المنطقة África: أعرض الأقرب دون عامل التصفية هذا."))
        let english = Renderer(words: ClientWords(.spanish), colour: false, width: 0).answer(
            AnswerRenderingTests.answer(in: .english))
        #expect(english.contains("[1] “cadenas del cacao en seis países” — ACCEL Africa"))
    }

    /// A wrapped French message never starts a line with "?", ":" or "»".
    @Test func frenchMarksStayWithTheirWord() {
        let line = StyledLine(ClientWords(.french).unknownCommand("/aide", suggestion: "/help"))
        for row in line.render(width: 24, colour: false).split(separator: "\n") {
            #expect(!row.hasPrefix("?") && !row.hasPrefix(":") && !row.hasPrefix("»"), "\(row)")
        }
    }
}
