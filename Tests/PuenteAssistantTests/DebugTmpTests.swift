import Testing
import PuenteText
@testable import PuenteAssistant

@Test func debugTmp() {
    let a = AssistantFixture.assistant
    for text in ["¿Cuándo firmaron Benín y Nigeria su acuerdo contra la trata?", "donde se firmo la declaracion de constitucion de la Iniciativa Regional", "Quelles initiatives sur la traite en Asie du Sud-Est ?"] {
    let q = Question(text, language: .spanish, analyzer: a.analyzer)
    print("Q", q.asked as Any, q.meaningfulWords, q.mentions)
    let r = a.respond(to: text).answer
    print("LEAD", r.lead, r.interpretation.topic)
    }
    let ex = a.extractor.extract(from: "Quelles initiatives sur la traite en Asie du Sud-Est ?", language: .french)
    print("MATCHES", ex.matches)
}
