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
        try spanish.enter(
            "/panel ¿Quién financia hoy ACCEL Africa?",
            expecting: "Tu pregunta se sumó a la 1, que ya se ha hecho 2 veces.")

        try french.enter("/voter 2", expecting: "Voix comptée pour la question 2")
        try spanish.enter("/votar 2", expecting: "Voto contado para la pregunta 2 (votos: 2).")
        try spanish.enter(
            "/votar 2", expecting: "Ya habías votado por la pregunta 2; tu voto cuenta una vez (votos: 2).")
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

        // An answer that says the knowledge lacks something offers the panel: Enter alone sends it.
        try spanish.enter(
            "¿Qué iniciativas tiene la Comunidad Andina contra el trabajo infantil?",
            expecting: "Pulsa Intro en una línea vacía")
        try spanish.keys("Enter")
        try spanish.waitFor("Pregunta 3 enviada al panel.")
        try french.enter(
            "Que fait l'Organisation mondiale de la Santé contre le travail des enfants ?",
            expecting: "Appuyez sur Entrée")
        try french.enter("¿y en África?", expecting: nil)
        // A line typed in between withdraws the offer: this Enter sends nothing.
        try french.keys("Enter")
        try french.enter("Que fait l'Organisation mondiale de la Santé contre le travail des enfants ?", expecting: nil)
        try french.waitFor("Appuyez sur Entrée", count: 2)
        try french.keys("Enter")
        try french.waitFor("Question 4 envoyée au panel.")
        #expect(!french.contents.contains("a rejoint"), "sent once, by the Enter that followed its offer")
    }
}
