import Foundation
import Testing

/// The REPL as a person uses it, driven through tmux against a real daemon.
@Suite(.serialized) struct ReplEndToEndTests {
    /// A tmux session running `puente` in its own terminal; killed on `close()`.
    final class Screen {
        let name = "puente-\(UUID().uuidString.prefix(8))"
        let state: URL

        /// - Parameter locale: the REPL's LANG; it chooses the client's language.
        init(socket: String, folder: URL, locale: String = "C.UTF-8") throws {
            state = folder.appendingPathComponent("state")
            let command =
                "env LANG=\(locale) NO_COLOR=1 XDG_STATE_HOME=\(state.path) \(ClientEndToEndTests.client.path) --socket \(socket)"
            try Self.tmux(["new-session", "-d", "-s", name, "-x", "120", "-y", "50", command])
            try Self.tmux(["set-option", "-t", name, "remain-on-exit", "on"])
            try waitFor("puente>")
        }

        /// Runs tmux; reads its output only when asked, since `new-session` forks the
        /// tmux server, which would hold a pipe open for as long as it lives.
        @discardableResult
        static func tmux(_ arguments: [String], output wanted: Bool = false) throws -> String {
            guard wanted else {
                try Subprocess("tmux", arguments).wait()
                return ""
            }
            return try Subprocess.run("tmux", arguments).output
        }

        func keys(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }

        func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

        /// Types a line and sends it; then waits for `expected` when given.
        func enter(_ text: String, expecting expected: String? = nil) throws {
            try type(text)
            try keys("Enter")
            if let expected { try waitFor(expected) }
        }

        var contents: String {
            (try? Self.tmux(["capture-pane", "-p", "-J", "-t", name, "-S", "-200"], output: true)) ?? ""
        }

        var exited: Bool {
            ((try? Self.tmux(["display-message", "-p", "-t", name, "#{pane_dead}"], output: true)) ?? "").hasPrefix("1")
        }

        /// Waits for `text` to appear on the screen.
        func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 120) throws {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if contents.components(separatedBy: text).count - 1 >= count { return }
                usleep(100_000)
            }
            throw LineClient.Failure(description: "'\(text)' did not appear; the screen:\n\(contents)")
        }

        /// Ends the session and waits for the REPL to be gone: one still running could start a
        /// daemon after the test stopped the ones it found, and leave it behind.
        func close() {
            let pane = (try? Self.tmux(["display-message", "-p", "-t", name, "#{pane_pid}"], output: true)).flatMap {
                pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            _ = try? Self.tmux(["kill-session", "-t", name])
            guard let pane else { return }
            let deadline = Date().addingTimeInterval(15)
            while kill(pane, 0) == 0 && Date() < deadline { usleep(50_000) }
        }
    }

    /// A daemon and a chat on it, for the length of `body`.
    static func chat(_ body: (Screen, Daemon) throws -> Void) throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let screen = try Screen(socket: daemon.socketPath, folder: daemon.folder)
        defer { screen.close() }
        try body(screen, daemon)
    }

    @Test func aQuestionAFollowUpCompletionInterruptionLanguageAndLeaving() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let screen = try Screen(socket: daemon.socketPath, folder: daemon.folder)
        defer { screen.close() }
        #expect(screen.contents.contains("El papel de la cooperación regional e interregional"))

        // A question and its cited answer.
        try screen.type("cooperación triangular sobre algodón")
        try screen.keys("Enter")
        try screen.waitFor("Fuentes:")
        #expect(screen.contents.contains("[1] «") && screen.contents.contains("Consulta: modality:triangular"))

        // A follow-up keeps the context.
        try screen.type("¿Y en África?")
        try screen.keys("Enter")
        try screen.waitFor("Fuentes:", count: 2)
        #expect(screen.contents.contains("Consulta: region:africa modality:triangular"))

        // A question is answered in its own language until one is chosen, lead first.
        try screen.type("Qui finance ACCEL Africa ?")
        try screen.keys("Enter")
        try screen.waitFor("Pays-Bas comme partenaire de développement")
        // What the knowledge lacks is said to be absent.
        try screen.type("¿Hay iniciativas de la Comunidad Andina?")
        try screen.keys("Enter")
        try screen.waitFor("No tengo ninguna iniciativa ni dato sobre «Comunidad Andina»")

        // Tab completes a command and a record id.
        try screen.type("/pun")
        try screen.keys("Tab")
        try screen.waitFor("puente> /puntos")
        try screen.keys("C-u")
        try screen.type("/iniciativa accel")
        try screen.keys("Tab")
        try screen.waitFor("puente> /iniciativa accel-africa")

        // Ctrl-C abandons the line and keeps the REPL.
        try screen.keys("C-c")
        try screen.type("/sesion")
        try screen.keys("Enter")
        try screen.waitFor("14:30–16:15")
        #expect(!screen.exited)

        // /idioma en switches the client's words.
        try screen.type("/idioma en")
        try screen.keys("Enter")
        try screen.waitFor("Language: English.")
        try screen.type("/ayuda")
        try screen.keys("Enter")
        try screen.waitFor("/record ID (/iniciativa) — one initiative in full, with its sources")

        // /idioma fr: the client's words and the answers are French; an unknown code is refused.
        try screen.type("/idioma de")
        try screen.keys("Enter")
        try screen.waitFor("Unknown language “de”; /lang accepts es, en, fr, pt, ar or auto.")
        try screen.type("/idioma fr")
        try screen.keys("Enter")
        try screen.waitFor("français.")
        try screen.type("quand a lieu la session ?")
        try screen.keys("Enter")
        try screen.waitFor("jeudi 12 février 2026")

        // Ctrl-D leaves, saying once, in the chat's language, that the assistant keeps
        // running and how to stop it; the history holds the lines.
        try screen.keys("C-d")
        let deadline = Date().addingTimeInterval(10)
        while !screen.exited && Date() < deadline { usleep(100_000) }
        #expect(screen.exited)
        let leaving = screen.contents
        #expect(leaving.components(separatedBy: "L'assistant reste en marche en arrière-plan").count == 2, "\(leaving)")
        #expect(leaving.contains("\(ClientEndToEndTests.client.path) stop --socket \(daemon.socketPath)"))
        #expect(daemon.process.isRunning, "leaving the chat leaves the daemon serving")
        let history = try String(contentsOf: screen.state.appendingPathComponent("puente/history"), encoding: .utf8)
        #expect(history.contains("cooperación triangular sobre algodón\n¿Y en África?\n"))
        #expect(history.contains("/idioma en\n/ayuda"))
        #expect(!history.contains("/iniciativa accel"), "the abandoned line is not kept")
    }
}

extension ReplEndToEndTests {
    @Test func aFullDiskTurnsHistoryOffOnceAndTheReplGoesOn() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let history = daemon.folder.appendingPathComponent("state/puente")
        try FileManager.default.createDirectory(at: history, withIntermediateDirectories: true)
        // Every write to /dev/full fails with ENOSPC, as on a full disk.
        try FileManager.default.createSymbolicLink(
            atPath: history.appendingPathComponent("history").path, withDestinationPath: "/dev/full")
        let screen = try Screen(socket: daemon.socketPath, folder: daemon.folder)
        defer { screen.close() }
        try screen.type("/sesion")
        try screen.keys("Enter")
        try screen.waitFor("14:30–16:15")
        try screen.type("¿cuándo es la sesión?")
        try screen.keys("Enter")
        try screen.waitFor("jueves 12 de febrero de 2026")
        #expect(screen.contents.components(separatedBy: "no se puede escribir el historial").count == 2, "said once")
        #expect(!screen.exited)
    }
}

extension ReplEndToEndTests {
    /// ar_MA.UTF-8 chooses Arabic. The system may well lack that locale: what is typed
    /// is read as UTF-8 all the same, and no letter of the question is lost.
    @Test func anArabicLocaleGetsArabicWordsAndReadsArabicTyping() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let screen = try Screen(socket: daemon.socketPath, folder: daemon.folder, locale: "ar_MA.UTF-8")
        defer { screen.close() }
        try screen.waitFor("اكتب سؤالًا")
        try screen.type("سلاسل الإمداد في أفريقيا")
        try screen.keys("Enter")
        try screen.waitFor("المصادر:")
        #expect(screen.contents.contains("puente> سلاسل الإمداد في أفريقيا\n"))
        // The list's lead names its records after what it counts.
        #expect(screen.contents.contains("في أفريقيا بشأن سلاسل الإمداد:"))
        #expect(screen.contents.contains("ما فهمته: المنطقة: أفريقيا · الموضوع: سلاسل الإمداد"))
    }
}

extension ReplEndToEndTests {
    /// A moderator's screens read as text: no Markdown syntax, sources whole, and
    /// talking points alike whether asked with `/puntos` or in a question.
    @Test func theBriefCoverageAndTalkingPointsAreRenderedForTheTerminal() throws {
        try Self.chat { screen, _ in
            try screen.enter("/puntos cadenas de suministro")
            try screen.waitFor("Fuentes", count: 1)
            try screen.enter("puntos de conversación sobre cadenas de suministro")
            try screen.waitFor("Fuentes", count: 2)
            try screen.waitFor("puente> ", count: 3)
            let turns = screen.contents.components(separatedBy: "puente> ").suffix(3).map {
                $0.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
            }
            #expect(turns[0].hasPrefix("Puntos de conversación: cadenas de suministro\n\n  1. "))
            #expect(turns[0] == turns[1], "one format for talking points:\n\(turns[0])\n---\n\(turns[1])")
            #expect(
                turns[0].contains("\n[1] Acelerar la acción para la eliminación del trabajo infantil")
                    && !turns[0].contains("]("))

            try screen.enter("/brief", expecting: "[1] Hoja de ruta para hacer de Centroamérica")
            let brief = screen.contents
            #expect(brief.contains("\nPreguntas orientadoras\n") && brief.contains("\n  1. ¿Cómo han utilizado"))
            try screen.enter(
                "/cobertura", expecting: "triangular sobre financiación y sostenibilidad en: Estados Árabes")
            let documents = brief + screen.contents
            #expect(documents.contains("\n  · solo tackle-acp cubre la cooperación triangular"))
            #expect(
                !documents.contains("## ") && !documents.contains("**") && !documents.contains("](")
                    && !documents.contains("`"), "\(documents)")
        }
    }
}

extension ReplEndToEndTests {
    /// The chat's errors are in its language, without the protocol's codes.
    @Test func errorsSpeakTheParticipantsLanguage() throws {
        try Self.chat { screen, _ in
            try screen.enter("/iniciativa accel", expecting: "No encuentro «accel». ¿Quisiste decir «accel-africa»?")
            // A value no region has is named as /puntos names it, with the command that lists them.
            try screen.enter(
                "/buscar region:marte", expecting: "No conozco «marte» como región. /regiones muestra la lista.")
            try screen.enter(
                "/buscar regoin:africa",
                expecting: "No entiendo «regoin:africa»; /ayuda muestra cómo se escribe cada comando.")
            #expect(!screen.contents.contains("-3200") && !screen.contents.contains("unknown"), "\(screen.contents)")
        }
    }
}

extension ReplEndToEndTests {
    /// `/idioma auto` undoes a chosen language: each question is answered in its own again.
    @Test func languageAutoAnswersEachQuestionInItsOwnLanguageAgain() throws {
        try Self.chat { screen, _ in
            try screen.enter("/idioma en", expecting: "Language: English.")
            try screen.enter("quand a lieu la session ?", expecting: "Thursday 12 February 2026")
            try screen.enter(
                "/idioma auto", expecting: "Language: each question is answered in the language it is written in.")
            try screen.enter("quand a lieu la session ?", expecting: "jeudi 12 février 2026")
            try screen.enter(
                "/help",
                expecting:
                    "/lang es|en|fr|pt|ar|auto (/idioma) — the language of the client and the answers (auto: each question in its own)"
            )
        }
    }
}

extension ReplEndToEndTests {
    /// An answer slower than a second shows a quiet "…", which the answer replaces.
    @Test func aSlowAnswerIsAwaitedWithAQuietEllipsis() throws {
        try Self.chat { screen, daemon in
            // A daemon that stops for a while, as a busy one would.
            daemon.signal(SIGSTOP)
            try screen.enter("¿cuándo es la sesión?", expecting: "puente> ¿cuándo es la sesión?\n…")
            daemon.signal(SIGCONT)
            try screen.waitFor("puente> ", count: 2)
            #expect(
                screen.contents.contains("puente> ¿cuándo es la sesión?\nLa sesión es el jueves 12 de febrero de 2026"),
                "\(screen.contents)")
        }
    }
}
