import Foundation
import PuenteKnowledge
import PuenteProtocol
import PuenteRendering
import PuenteSupport
import Testing

@testable import PuenteAssistant

/// Adding a language is one pack file (and a stemmer): a toy Italian pack, dropped
/// beside the five, reads a question in Italian and answers in its own sentences.
@Suite struct SixthLanguageTests {
    /// The bundled knowledge with `Fixtures/it.yaml` among its packs, in a temporary folder.
    static func knowledgeWithItalian() throws -> (Knowledge, URL) {
        let bundled = try #require(BundledKnowledge.directory(executable: nil))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-sixth-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: bundled, to: folder)
        let pack = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/it.yaml")
        try FileManager.default.copyItem(at: pack, to: folder.appendingPathComponent("languages/it.yaml"))
        return (try KnowledgeLoader.load(from: folder), folder)
    }

    @Test func aPackFileAddsALanguageThatAnswersInItsOwnWords() throws {
        let (knowledge, folder) = try Self.knowledgeWithItalian()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(knowledge.languages.map(\.code) == ["es", "en", "fr", "pt", "ar", "it"])
        let assistant = Assistant(knowledge: knowledge)
        let answer = assistant.respond(to: "Quando si tiene la sessione?").answer
        #expect(answer.language.rawValue == "it")
        // The sentence is the pack's; the day and month names are CLDR's Italian.
        #expect(
            answer.lead.hasPrefix("La sessione si tiene giovedì 12 febbraio 2026, dalle 14:30 alle 16:15"),
            "\(answer.lead)")
        let wording = Wording(language: answer.language, knowledge: knowledge)
        #expect(wording.counted(1, .initiative) == "1 iniziativa" && wording.counted(3, .initiative) == "3 iniziative")
    }

    /// The answer rendered from its fields, by the renderer the client shows answers
    /// with, is the reply, headed in the pack's words; the talking points' title is
    /// the pack's; a reader whose locale is Italian is spoken to in Italian.
    @Test func theSixthLanguagesAnswerIsRenderedWithItsPack() throws {
        let (knowledge, folder) = try Self.knowledgeWithItalian()
        defer { try? FileManager.default.removeItem(at: folder) }
        let italian = try #require(ReplyLanguage(rawValue: "it"))
        let pack = try #require(knowledge.languages.first { $0.code == "it" })
        let assistant = Assistant(knowledge: knowledge)
        let answer = assistant.respond(to: "cocoa Africa", language: italian).answer
        #expect(answer.language == italian && !answer.hits.isEmpty)
        let wire = Wire.AskResult(session: nil, answer: answer, sessionForgotten: false)
        #expect(AnswerRenderer(pack.sentences).reply(wire) == answer.reply)
        #expect(answer.reply.contains("\nFonti:\n[1] ") && answer.reply.contains("\nRicerca: "), "\(answer.reply)")
        #expect(assistant.talkingPoints(theme: "cocoa", language: italian).title.hasPrefix("Punti di discussione: "))
        let spoken = { (language: ReplyLanguage) in knowledge.languages.contains { $0.code == language.rawValue } }
        #expect(ReplyLanguage.from(environment: ["LANG": "it_IT.UTF-8"], spoken: spoken) == italian)
        #expect(ReplyLanguage.from(environment: ["LANG": "de_DE.UTF-8"], spoken: spoken) == .spanish)
    }

    /// A language no pack gives has no sentences: the session's language answers.
    @Test func aLanguageWithoutAPackIsAnsweredInSpanish() throws {
        let language = try #require(ReplyLanguage(rawValue: "de"))
        let answer = AssistantFixture.assistant.respond(to: "Wann ist die Sitzung?", language: language).answer
        #expect(answer.language == .spanish && !answer.reply.contains("⟨"))
    }
}
