import Testing

@testable import PuenteAssistant

@Suite struct IntentTests {
    @Test(arguments: [
        ("¿cuándo es la sesión?", Intent.logistics), ("where is it?", .logistics),
        ("¿qué se va a discutir?", .logistics),
        ("what will the session discuss?", .logistics), ("¿a qué hora empieza la sesión?", .logistics),
        ("¿qué temas hay?", .list), ("which regions are covered?", .list), ("modalidades", .list),
        ("mecanismos", .list),
        ("¿qué es MIRTI?", .initiative), ("tell me about TACKLE", .initiative), ("CLEAR Cotton", .initiative),
        ("¿qué es la Alianza 8.7?", .initiative),
        ("puntos de conversación sobre cacao", .talkingPoints),
        ("talking points on South-South cooperation", .talkingPoints),
        ("ayuda", .help), ("help", .help), ("", .empty), ("   ", .empty), ("olvida todo", .reset),
        ("start over", .reset),
        ("brief", .brief), ("cobertura", .coverage),
        ("¿dónde hay iniciativas sobre cacao?", .search), ("iniciativas en África", .search),
        ("cooperacion sur sur", .search),
    ])
    func intentsAreRecognised(_ text: String, _ intent: Intent) {
        #expect(AssistantFixture.assistant.respond(to: text).answer.intent == intent, "\(text)")
    }

    @Test func logisticsComeFromTheSessionMetadata() {
        let spanish = AssistantFixture.assistant.respond(to: "¿cuándo es la sesión?").answer.reply
        #expect(
            spanish.contains("jueves 12 de febrero de 2026") && spanish.contains("14:30") && spanish.contains("16:15"))
        let english = AssistantFixture.assistant.respond(to: "where is it?").answer.reply
        #expect(
            english.contains("held at the Marrakech Convention Centre; no source gives the session's room")
                && english.contains("Thursday 12 February 2026"))
        let topics = AssistantFixture.assistant.respond(to: "¿qué se va a discutir?").answer.reply
        #expect(AssistantFixture.assistant.knowledge.session.questions.allSatisfy { topics.contains($0.text["es"]!) })
    }

    @Test func listsCountTheInitiativesOfEachTerm() {
        let reply = AssistantFixture.assistant.respond(to: "¿qué regiones hay?").answer.reply
        let african = AssistantFixture.assistant.knowledge.initiatives.filter { $0.regions.contains("africa") }.count
        #expect(reply.contains("África (\(african)) — region:africa"))
    }

    @Test(arguments: [
        "xyzzy", "!!!", "?", "a", "region:nowhere", "\"", "-", "theme:", String(repeating: "palabra ", count: 700), "🧒🏽",
        "\u{0000}",
    ])
    func unknownInputGetsAHelpfulReplyNotAnError(_ text: String) {
        let answer = AssistantFixture.assistant.respond(to: text).answer
        #expect(!answer.reply.isEmpty)
        #expect([Intent.search, .help, .empty, .list].contains(answer.intent))
    }
}
