import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `puente`'s one-shot commands, pipe mode, exit codes and auto-start, against real daemons.
@Suite struct ClientEndToEndTests {
    static var client: URL { Daemon.executable.deletingLastPathComponent().appendingPathComponent("puente") }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static func puente(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Run {
        var merged = ProcessInfo.processInfo.environment
        merged["LANG"] = "C.UTF-8"
        for (key, value) in environment { merged[key] = value }
        let run = try Subprocess.run(client.path, arguments, environment: merged, input: input ?? "")
        return Run(status: run.status, output: run.output, errors: run.errors)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func jsonOutputIsTheDaemonsResult() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let socket = ["--socket", daemon.socketPath, "--json"]
        for (arguments, method, params) in [
            (["record", "accel-africa"], "record", ["id": "accel-africa"]),
            (["session"], "session_info", ["lang": "es"]),
            (["vocabulary"], "vocabulary", [:]),
            (
                ["search", "cacao", "--region", "africa", "--limit", "3"], "search",
                ["query": "cacao", "filters": ["region": ["africa"]], "limit": 3]
            ),
        ] as [([String], String, [String: Any])] {
            let run = try Self.puente(arguments + socket)
            #expect(run.status == 0, "\(arguments): \(run.errors)")
            var printed = try #require(try Self.json(run.output) as? [String: Any])
            var direct = try #require(try daemon.client().call(method, params).result)
            printed["took_us"] = nil
            direct["took_us"] = nil
            #expect(NSDictionary(dictionary: printed).isEqual(to: direct), "\(arguments)")
        }
    }

    /// Markdown for files and pipes, and text rendered for reading when asked (as on a terminal).
    @Test func pointsAndBriefPrintMarkdownUnlessAskedForText() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let points = try Self.puente([
            "points", "--theme", "supply-chains", "--format", "markdown", "--socket", daemon.socketPath,
        ])
        #expect(points.status == 0)
        #expect(points.output.hasPrefix("## Puntos de conversación: cadenas de suministro\n\n1. "))
        #expect(points.output.contains("**Fuentes**"))
        let file = daemon.folder.appendingPathComponent("brief.md").path
        let brief = try Self.puente(["brief", "--output", file, "--socket", daemon.socketPath])
        #expect(brief.status == 0 && brief.output == file + "\n")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            text.hasPrefix("# El papel de la cooperación regional e interregional")
                && text.contains("## Preguntas orientadoras"))
        let piped = try Self.puente(["brief", "--socket", daemon.socketPath])
        #expect(piped.output == text + "\n", "a pipe gets the Markdown, as a file does")
        let read = try Self.puente(["brief", "--format", "text", "--socket", daemon.socketPath]).output
        #expect(
            read.hasPrefix("El papel de la cooperación regional e interregional")
                && read.contains("\nPreguntas orientadoras\n"))
        #expect(!read.contains("## ") && !read.contains("**") && !read.contains("]("), "no Markdown left: \(read)")
        #expect(read.contains("[1] Hoja de ruta para hacer de Centroamérica") && read.contains(" — https://"))
    }

    @Test func pipeModeAnswersEachLineInOneConversation() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let run = try Self.puente(
            ["--socket", daemon.socketPath, "--json"],
            input: "cooperación triangular sobre algodón\n¿Y en África?\nsolo Sur-Sur\n")
        #expect(run.status == 0)
        let answers = try run.output.split(separator: "\n").map {
            try #require(try Self.json(String($0)) as? [String: Any])
        }
        #expect(answers.count == 3)
        #expect(Set(answers.compactMap { $0["session"] as? String }).count == 1)
        let last = try #require(answers.last?["interpretation"] as? [String: Any])
        #expect((last["filters"] as? [String: [String]]) == ["region": ["africa"], "modality": ["south-south"]])
        let plain = try Self.puente(["--socket", daemon.socketPath], input: "¿cuándo es la sesión?\n")
        #expect(plain.output.contains("14:30") && plain.status == 0)
    }

    @Test func aOneShotAskLeavesNoSessionWhilePipeModeKeepsItsConversation() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let socket = ["--socket", daemon.socketPath]
        func sessions() throws -> [String: Int] {
            try #require(try daemon.client().call("stats").result?["sessions"] as? [String: Int])
        }
        for question in ["cacao", "¿cuándo es la sesión?", "cooperación Sur–Sur en África"] {
            let run = try Self.puente(["ask", question, "--json"] + socket)
            let answer = try #require(try Self.json(run.output) as? [String: Any], "\(run.errors)")
            #expect(run.status == 0 && answer["session"] == nil && answer["reply"] is String)
        }
        #expect(try sessions()["live"] == 0)
        _ = try Self.puente(socket, input: "cooperación triangular sobre algodón\n¿Y en África?\n")
        let held = try sessions()
        #expect(held["live"] == 1 && held["provisional"] == 0, "pipe mode's one conversation, kept")
    }

    @Test func exitCodesLetScriptsBranch() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let socket = ["--socket", daemon.socketPath]
        #expect(try Self.puente(["ask", "cacao"] + socket).status == 0)
        #expect(try Self.puente(["ask", "zanahorias voladoras"] + socket).status == 1)
        let usage = try Self.puente(["search", "--limit", "x"] + socket)
        #expect(usage.status == 2 && usage.errors.contains("--limit"))
        // Formats and languages are types: argument-parser names the accepted values.
        let format = try Self.puente(["points", "--format", "pdf"] + socket)
        #expect(
            format.status == 2
                && format.errors.contains(
                    "The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', 'markdown' or 'json'."
                ), "\(format.errors)")
        let language = try Self.puente(["ask", "hola", "--lang", "de"] + socket)
        #expect(
            language.status == 2
                && language.errors.contains(
                    "The value 'de' is invalid for '--lang <lang>'. Please provide one of 'es', 'en', 'fr', 'pt' or 'ar'."
                ), "\(language.errors)")
        let french = try Self.puente(["ask", "quand a lieu la session ?", "--lang", "fr"] + socket)
        #expect(
            french.status == 0 && french.output.contains("La session a lieu le jeudi 12 février 2026"),
            "\(french.output)\(french.errors)")
        let missing = try Self.puente(["record", "nope"] + socket)
        #expect(missing.status == 65 && missing.errors.contains("unknown record 'nope'; ids are initiative ids"))
        let nobody = try Self.puente([
            "ask", "hola", "--no-spawn", "--socket", daemon.folder.appendingPathComponent("none.sock").path,
        ])
        #expect(nobody.status == 69 && nobody.errors.contains("no daemon answers at"))
    }

    /// The line that says the client started the daemon is in the client's language.
    @Test func theStartNoticeIsInTheClientsLanguage() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let socket = folder.appendingPathComponent("fr.sock").path
        let started = try Self.puente(
            ["ask", "quand a lieu la session ?", "--socket", socket], environment: ["LANG": "fr_FR.UTF-8"])
        defer { Daemon.stopStarted(on: socket) }
        #expect(started.status == 0, "\(started.errors)")
        #expect(started.errors == "puente: puented démarré sur \(socket)\n")
    }

    @Test func aMissingDaemonIsStartedUnlessForbidden() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let socket = folder.appendingPathComponent("auto.sock").path
        let refused = try Self.puente(["session", "--no-spawn", "--socket", socket])
        #expect(refused.status == 69)
        let started = try Self.puente(["ask", "¿cuándo es la sesión?", "--socket", socket])
        defer { Daemon.stopStarted(on: socket) }
        #expect(started.status == 0 && started.output.contains("14:30"), "\(started.errors)")
        // Said in the client's language (C.UTF-8: the session's, Spanish).
        #expect(started.errors == "puente: puented iniciado en \(socket)\n")
        #expect(try Self.puente(["ping-is-not-a-command"]).status == 2)
    }
}

extension ClientEndToEndTests {
    @Test func moderatorsNameThemesRegionsAndModalitiesAsTheySayThem() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let socket = ["--socket", daemon.socketPath]
        for (arguments, title) in [
            (["--theme", "migración laboral"], "Puntos de conversación: migración laboral"),
            (["--theme", "labour migration"], "Puntos de conversación: migración laboral"),
            (["--theme", "migration de main-d'œuvre"], "Puntos de conversación: migración laboral"),
            (["--theme", "migração laboral"], "Puntos de conversación: migración laboral"),
            (["--theme", "migracion laboal"], "Puntos de conversación: migración laboral"),
            (["--region", "Afrique"], "Puntos de conversación: África"),
            (["--modality", "Sur-Sur"], "Puntos de conversación: cooperación Sur–Sur"),
        ] {
            let run = try Self.puente(["points"] + arguments + socket)
            #expect(run.status == 0, "\(arguments): \(run.errors)")
            // Not a terminal: the Markdown a file would get.
            #expect(run.output.hasPrefix("## " + title), "\(arguments): \(run.output.prefix(80))")
        }
        let unknown = try Self.puente(["points", "--theme", "migrasion"] + socket)
        // A name the vocabulary lacks is the command line's mistake: a usage error, with the CLI's remedy.
        #expect(unknown.status == 64)
        #expect(
            unknown.errors.contains("unknown theme 'migrasion' (did you mean 'migración laboral'?)"),
            "\(unknown.errors)")
        #expect(
            unknown.errors.contains("`puente vocabulary` lists the themes")
                && !unknown.errors.contains("vocabulary method"), "\(unknown.errors)")
        let modality = try Self.puente(["points", "--modality", "telepathic"] + socket)
        #expect(
            modality.status == 64 && modality.errors.contains("`puente vocabulary` lists the modalities"),
            "\(modality.errors)")
    }
}
