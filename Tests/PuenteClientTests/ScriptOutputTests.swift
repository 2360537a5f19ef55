import Foundation
import Testing

@testable import PuenteClient
@testable import PuenteProtocol

/// What scripts read: errors as JSON, shell commands in place of the chat's, quoting.
@Suite struct ScriptOutputTests {
    static func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func anErrorIsOneJSONLineWithCodeMessageAndExit() throws {
        let daemon = ClientError.daemon(.notFound("unknown record 'x'", close: ["accel-africa"]))
        #expect(!daemon.jsonLine.contains("\n"))
        let answered = try #require(try Self.object(daemon.jsonLine)["error"] as? [String: Any])
        #expect(
            answered["code"] as? Int == -32001 && answered["exit"] as? Int == 65
                && answered["message"] as? String == "unknown record 'x'")
        #expect((answered["data"] as? [String: Any])?["close"] as? [String] == ["accel-africa"])
        let unreachable = try #require(
            try Self.object(ClientError.unreachable(path: "/p", reason: "gone").jsonLine)["error"] as? [String: Any])
        #expect(
            unreachable["code"] is NSNull && unreachable["exit"] as? Int == 69
                && unreachable["message"] as? String == "no daemon answers at /p: gone")
    }

    @Test func anUnknownNameIsAUsageErrorThatNamesTheCommand() throws {
        let answer = RPCError.unknownName(
            "unknown modality 'sur'", param: "modality", facet: "modality", value: "sur", close: ["Sur–Sur"])
        let points = try #require(ClientActions.unknownName(answer, byName: true))
        #expect(points.exitCode == 64)
        #expect(
            points.message
                == "unknown modality 'sur' (did you mean 'Sur–Sur'?); give a modality id or its name in Spanish, English, French, Portuguese or Arabic; `puente vocabulary` lists the modalities"
        )
        // Scripts still read the daemon's code and data.
        let json = try #require(try Self.object(points.jsonLine)["error"] as? [String: Any])
        #expect(json["code"] as? Int == -32001 && json["exit"] as? Int == 64)
        #expect((json["data"] as? [String: Any])?["facet"] as? String == "modality")

        // A search filter takes ids only, and the daemon refused it as invalid params.
        let filter = RPCError.unknownName(
            "invalid params: 'filters': unknown region 'afrika'", code: RPCError.invalidParamsCode,
            param: "filters", facet: "region", value: "afrika", close: ["africa"])
        let search = try #require(ClientActions.unknownName(filter, byName: false))
        #expect(
            search.message
                == "unknown region 'afrika' (did you mean 'africa'?); give a region id; `puente vocabulary` lists the regions"
        )
        #expect(try Self.object(search.jsonLine)["error"].flatMap { ($0 as? [String: Any])?["code"] as? Int } == -32602)

        #expect(
            ClientActions.unknownName(.notFound("unknown record 'x'"), byName: true) == nil,
            "another not-found stays the daemon's error")
        let kind = RPCError.unknownName(
            "unknown kind 'x'", code: RPCError.invalidParamsCode, param: "query", facet: "kind", value: "x", close: [])
        #expect(
            ClientActions.unknownName(kind, byName: false) == nil,
            "no command lists the kinds: the daemon's error stays")
    }

    @Test func theChatsCommandsBecomeShellCommandsOutsideIt() {
        #expect(CommandTable.namingShellCommands("o escribe /temas.") == "o escribe puente vocabulary.")
        #expect(
            CommandTable.namingShellCommands("{regions} y /themes listan") == "{regions} y puente vocabulary listan")
        #expect(
            CommandTable.namingShellCommands("ver https://example.org/temas y a/b")
                == "ver https://example.org/temas y a/b")
        #expect(
            CommandTable.namingShellCommands("اكتب \u{2066}/themes\u{2069}.")
                == "اكتب \u{2066}puente vocabulary\u{2069}.")
        #expect(
            CommandTable.namingShellCommands("/salir o /contexto") == "/salir o /contexto",
            "no shell form: left as it is")
        #expect(
            CommandTable.commandLine(for: "/puntos cadenas de suministro")
                == "puente points --query 'cadenas de suministro'")
        #expect(CommandTable.commandLine(for: "/iniciativa accel-africa") == "puente record accel-africa")
        #expect(CommandTable.commandLine(for: "¿y en África?") == "puente ask '¿y en África?'")
        #expect(ShellWord.quoted("it's") == "'it'\\''s'")
        #expect(ShellWord.line(["/tmp/a b/puente", "stop"]) == "'/tmp/a b/puente' stop")
    }

    @Test func theChatKeepsItsOwnCommands() {
        let suggestion = Wire.Suggestion(text: "Puntos: /puntos migración laboral", input: "/puntos migración laboral")
        #expect(
            Renderer(words: ClientWords(.spanish), colour: false, width: 0).suggestion(suggestion) == suggestion.text)
        #expect(
            Renderer(words: ClientWords(.spanish), colour: false, width: 0, outsideChat: true).suggestion(suggestion)
                == "puente points --query 'migración laboral'")
    }
}
