import PuenteRendering
import PuenteSupport
import Testing

@testable import PuenteClient
@testable import PuenteProtocol

@Suite struct ClientTests {
    @Test func slashCommandsResolveInBothLanguages() {
        #expect(CommandTable.resolve("/ayuda")?.action == .help)
        #expect(CommandTable.resolve("/HELP")?.action == .help)
        #expect(
            CommandTable.resolve("/iniciativa")?.action == .record && CommandTable.resolve("/record")?.action == .record
        )
        #expect(CommandTable.resolve("/nada") == nil)
        // Help and leaving are asked for in each reader's own word, as the panel's commands are.
        for (name, action) in [
            ("/aide", SlashCommand.Action.help), ("/ajuda", .help), ("/مساعدة", .help), ("/quitter", .quit),
            ("/sair", .quit),
        ] {
            #expect(CommandTable.resolve(name)?.action == action, "\(name)")
        }
        #expect(ClientWords(.french).unknownCommand("/x", suggestion: nil).contains("/aide"))
        #expect(CommandTable.closest(to: "/ayda") == "/ayuda")
        #expect(CommandTable.closest(to: "/pints") == "/points")
        #expect(
            CommandTable.help(.spanish).contains(
                "  /iniciativa ID (/record) — una iniciativa completa, con sus fuentes"))
    }

    @Test func completionFollowsTheCommandTyped() {
        let completer = Completer(
            recordIDs: ["accel-africa", "alliance-8-7"], vocabularyIDs: ["africa", "agriculture"]
        ) { line in
            line.hasSuffix("coop") ? ["cooperación", "cooperation"] : []
        }
        #expect(completer.candidates(line: "/pun", word: "/pun") == ["/puntos"])
        // The panel's command is named by every pack: Portuguese readers type /painel.
        #expect(completer.candidates(line: "/p", word: "/p") == ["/puntos", "/points", "/panel", "/painel"])
        #expect(completer.candidates(line: "/vot", word: "/vot") == ["/votar", "/vote", "/voter"])
        #expect(completer.candidates(line: "/iniciativa ac", word: "ac") == ["accel-africa"])
        #expect(completer.candidates(line: "/record a", word: "a") == ["accel-africa", "alliance-8-7"])
        #expect(completer.candidates(line: "/puntos ag", word: "ag") == ["agriculture"])
        #expect(completer.candidates(line: "/idioma e", word: "e") == ["es", "en"])
        #expect(completer.candidates(line: "iniciativas de coop", word: "coop") == ["cooperación", "cooperation"])
        #expect(completer.candidates(line: "/salir ", word: "").isEmpty)
    }

    @Test func linesWrapWithHangingIndentsAndColourTakesNoWidth() {
        let line = StyledLine(
            [("[1]", .citation), (" uno dos tres cuatro cinco seis siete", .plain)], hangingIndent: 4)
        #expect(line.render(width: 20, colour: false) == "[1] uno dos tres\n    cuatro cinco\n    seis siete")
        let coloured = line.render(width: 20, colour: true)
        #expect(
            coloured.replacingOccurrences(of: "\u{1B}[36m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
                == line.render(width: 20, colour: false))
        #expect(
            StyledLine("sin límite de ancho alguno").render(width: 0, colour: false) == "sin límite de ancho alguno")
    }

    @Test func highlightsFollowUnicodeScalars() {
        let pieces = AnswerRenderer.highlighted(
            "🌍 la cooperación Sur–Sur", [Wire.Highlight(start: 5, length: 11), Wire.Highlight(start: 17, length: 3)])
        #expect(pieces.map(\.text) == ["🌍 la ", "cooperación", " ", "Sur", "–Sur"])
        #expect(pieces.map(\.style) == [.plain, .highlight, .plain, .highlight, .plain])
    }

    @Test func theClientSpeaksSpanishUnlessToldOtherwise() {
        #expect(ReplyLanguage.from(environment: [:], spoken: ClientWords.speaks) == .spanish)
        #expect(ReplyLanguage.from(environment: ["LANG": "en_GB.UTF-8"], spoken: ClientWords.speaks) == .english)
        #expect(ReplyLanguage.from(environment: ["LANG": "fr_FR.UTF-8"], spoken: ClientWords.speaks) == .french)
        #expect(ReplyLanguage.from(environment: ["LANG": "pt_BR"], spoken: ClientWords.speaks) == .portuguese)
        #expect(ReplyLanguage.from(environment: ["LANG": "ar_MA.UTF-8"], spoken: ClientWords.speaks) == .arabic)
        #expect(ReplyLanguage.from(environment: ["LANG": "de_DE.UTF-8"], spoken: ClientWords.speaks) == .spanish)
        #expect(ReplyLanguage.from(environment: ["LANG": "C.UTF-8"], spoken: ClientWords.speaks) == .spanish)
        #expect(
            ReplyLanguage.from(
                environment: ["LC_ALL": "pt_PT.UTF-8", "LC_MESSAGES": "fr_FR", "LANG": "en_US"],
                spoken: ClientWords.speaks) == .portuguese)
        #expect(
            ReplyLanguage.from(
                environment: ["LC_ALL": "", "LC_MESSAGES": "fr_FR", "LANG": "en_US"], spoken: ClientWords.speaks)
                == .french, "an empty LC_ALL is unset")
        #expect(
            ClientWords(.english).unknownCommand("/x", suggestion: "/help")
                == "Unknown command: /x. Did you mean /help? Type /help for the commands.")
    }

    @Test func historyAndSocketPathsFollowTheRules() {
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/puente/history")
        #expect(HistoryLocation.path(environment: ["HOME": "/h"]) == "/h/.local/state/puente/history")
        #expect(SocketPath.resolve(explicit: nil, environment: [:], uid: 7) == "/tmp/puente-7/puente.sock")
    }

    @Test func errorsMapToGrepLikeExitCodes() {
        #expect(ClientError.unreachable(path: "/x", reason: "none").exitCode == 69)
        #expect(ClientError.daemon(.notFound("no")).exitCode == 65)
    }
}

extension ClientTests {
    /// The chat's errors speak the participant's language and leave the protocol's codes to scripts.
    @Test func theChatSaysErrorsInItsLanguageWithoutCodes() {
        let missing = ClientError.daemon(.notFound("unknown record 'acel'", close: ["accel-africa"]))
        #expect(
            ClientWords(.spanish).screenError(missing, typed: "acel")
                == "No encuentro «acel». ¿Quisiste decir «accel-africa»?")
        #expect(
            ClientWords(.english).screenError(missing, typed: "acel")
                == "I find nothing called “acel”. Did you mean “accel-africa”?")
        let marte = RPCError.unknownName(
            "unknown region 'Marte'", param: "region", facet: "region", value: "Marte", close: [])
        #expect(
            ClientWords(.spanish).screenError(
                .unknownName(facet: .region, value: "Marte", closest: [], byName: true, answer: marte))
                == "No conozco «Marte» como región. /regiones muestra la lista.")
        // `/buscar mechanism:x` in the chat: the list is the mechanisms'.
        let refused = RPCError.unknownName(
            "invalid params: 'query': unknown mechanism 'fondo'", code: RPCError.invalidParamsCode,
            param: "query", facet: "mechanism", value: "fondo", close: ["fund"])
        let search = ClientActions.unknownName(refused, byName: false)
        #expect(
            search.map { ClientWords(.spanish).screenError($0) }
                == "No conozco «fondo» como mecanismo. ¿Quisiste decir «fund»? /mecanismos muestra la lista.")
        #expect(
            ClientWords(.spanish).screenError(.unreachable(path: "/run/p.sock", reason: "Connection refused"))
                == "No hay ningún asistente en /run/p.sock (Connection refused).")
        let errors: [ClientError] = [
            missing, .daemon(.invalidParams("'query': unknown region 'marte'")), .daemon(.overloaded(limit: 2)),
            .daemon(.internalError),
            .closed(path: "/p"), .malformedReply("x"), .daemonFailed(path: "/p", reason: "r"),
        ]
        for language in ClientWords.languages {
            for error in errors {
                let shown = ClientWords(language).screenError(error, typed: "marte")
                #expect(
                    !shown.contains("(-32") && !shown.contains("invalid params") && !shown.contains("unknown"),
                    "\(language): \(shown)")
            }
        }
    }
}
