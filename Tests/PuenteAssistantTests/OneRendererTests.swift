import PuenteClient
import PuenteProtocol
import PuenteSupport
import Testing

@testable import PuenteAssistant

/// The daemon's `reply` and the client's screen come from one renderer: a script that
/// reads `reply` and a participant at the REPL read the same words.
@Suite struct OneRendererTests {
    /// Questions of every kind an answer takes (a search, a relaxed search, an answer in
    /// the lead, a follow-up, a notion of the concept note, something the knowledge
    /// lacks, a document), in the five languages.
    static let conversations: [[String]] = [
        ["iniciativas sobre cacao en África", "¿y en las Américas?"],
        ["Who funds ACCEL Africa?", "and when did it start?"],
        ["initiatives régionales sur la migration de main-d'œuvre", "et en Asie ?"],
        ["Quais iniciativas tratam do trabalho doméstico?"],
        ["ما هي المبادرات في الدول العربية؟"],
        ["¿Qué es la cooperación triangular?"],
        ["¿Qué hace la Organización Mundial del Turismo contra el trabajo infantil?"],
        ["region:africa cacao minería"],
        ["¿Cuándo es la sesión?"],
    ]

    @Test(arguments: conversations)
    func theReplyIsWhatTheClientShows(_ turns: [String]) {
        let client = Renderer(words: ClientWords(.spanish), colour: false, width: 0)
        for (answer, _) in AssistantFixture.converse(turns) {
            let wire = Wire.AskResult(session: "s-1", answer: answer, sessionForgotten: false)
            #expect(client.answer(wire) == answer.reply, "\(answer.lead)")
        }
    }

    /// Each answer that quotes hits is labelled in its own language, whatever the client speaks.
    @Test func theLabelsAreTheAnswersLanguage() {
        let client = Renderer(words: ClientWords(.arabic), colour: false, width: 0)
        let headings = ["es": "Fuentes:", "en": "Sources:", "fr": "Sources\u{A0}:", "pt": "Fontes:", "ar": "المصادر:"]
        for turns in Self.conversations.prefix(5) {
            let answer = AssistantFixture.converse(turns)[0].answer
            let shown = client.answer(Wire.AskResult(session: nil, answer: answer, sessionForgotten: false))
            #expect(
                shown.contains("\n" + (headings[answer.language.rawValue] ?? "?") + "\n"),
                "\(answer.language.rawValue): \(shown)")
        }
    }
}
