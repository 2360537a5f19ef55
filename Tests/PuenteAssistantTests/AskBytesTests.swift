import Foundation
import PuenteProtocol
import Testing

@testable import PuenteAssistant

/// An ask's result written by hand must read exactly as the Codable encoder writes
/// it, on every kind of answer the assistant gives: clients cannot tell which wrote it.
@Suite struct AskBytesTests {
    /// Every question of the answer table, and the other intents: help, lists, the brief,
    /// logistics, a mistyped filter, an empty line, talking points, a reset.
    static let questions =
        (AnswerTable.answerable + AnswerTable.absent).map(\.question) + [
            "", "ayuda", "¿qué regiones hay?", "brief", "¿cuándo es la sesión?", "region:afrika cacao",
            "puntos de conversación sobre migración", "nueva conversación",
            "cacao -region:africa \"cadenas de suministro\"",
            "cacao en Asia", "migración laboral en Asia triangular algodón",
        ]

    @Test func everyAnswerReadsAsTheEncoderWritesIt() throws {
        var differing: [String] = []
        var withNotices = 0
        for (number, question) in Self.questions.enumerated() {
            let answer = AssistantFixture.assistant.respond(to: question).answer
            if !answer.notices.isEmpty { withNotices += 1 }
            let result = Wire.AskResult(
                session: number.isMultiple(of: 2) ? "s-\(number)" : nil, answer: answer,
                sessionForgotten: number.isMultiple(of: 3))
            let written = String(decoding: result.jsonBytes(), as: UTF8.self)
            let expected = String(decoding: try RPCCodec.encoder.encode(result), as: UTF8.self)
            if written != expected { differing.append(question) }
        }
        #expect(differing.isEmpty, "written by hand differently: \(differing)")
        #expect(withNotices > 0, "some answers carry notices, so they are compared too")
    }

    @Test func labelsAndFiltersAreWrittenToo() throws {
        let answer = AssistantFixture.assistant.respond(
            to: "cooperación triangular sobre cadenas de suministro en Asia"
        ).answer
        let result = Wire.AskResult(session: nil, answer: answer, sessionForgotten: false)
        #expect(!result.interpretation.labels.isEmpty && !result.interpretation.filters.isEmpty)
        #expect(Data(result.jsonBytes()) == (try RPCCodec.encoder.encode(result)))
        #expect(try RPCCodec.decoder.decode(Wire.AskResult.self, from: Data(result.jsonBytes())) == result)
    }
}
