import Foundation
import Testing

/// The panel round in the REPL, in two terminals at once: a Spanish participant and a
/// French one (who also reads the queue, as a moderator would), each in their own words.
@Suite struct PanelReplTests {
    typealias Screen = ReplEndToEndTests.Screen

    @Test func aSpanishAndAFrenchParticipantSubmitVoteAndReadTheQueue() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let spanish = try Screen(socket: daemon.socketPath, folder: daemon.folder, locale: "es_ES.UTF-8")
        defer { spanish.close() }
        let french = try Screen(socket: daemon.socketPath, folder: daemon.folder, locale: "fr_FR.UTF-8")
        defer { french.close() }

        try spanish.enter("/panel ¿Quién financia ACCEL Africa?", expecting: "Pregunta 1 enviada al panel.")
        try french.enter("/panel Quand ACCEL Africa a-t-elle commencé ?", expecting: "Question 2 envoyée au panel.")
        try spanish.enter("/panel ¿Quién financia hoy ACCEL Africa?", expecting: "Tu pregunta se sumó a la 1, que ya se ha hecho 2 veces.")

        try french.enter("/voter 2", expecting: "Voix comptée pour la question 2")
        try spanish.enter("/votar 2", expecting: "Voto contado para la pregunta 2 (votos: 2).")
        try spanish.enter("/votar 2", expecting: nil)
        try spanish.waitFor("(votos: 2).", count: 2)
        #expect(!spanish.contents.contains("(votos: 3)"), "one vote per participant")
        try spanish.enter("/votar", expecting: "/votar necesita N.")

        try french.enter("/file", expecting: "Questions pour le panel")
        let queue = french.contents
        let voted = try #require(queue.range(of: "2. Quand ACCEL Africa a-t-elle commencé ?"))
        let asked = try #require(queue.range(of: "1. ¿Quién financia ACCEL Africa?"))
        #expect(voted.lowerBound < asked.lowerBound, "most votes first")
        try spanish.enter("/cola", expecting: "Preguntas para el panel")
        try spanish.waitFor("votos: 0 · veces: 2 · es · abierta")
        try french.enter("/help", expecting: "/panel question")
        #expect(french.contents.contains("/file (/queue)"), "the French reader's own word for the queue")
    }
}
