import Foundation
import PuenteAssistant
import PuenteProtocol
import PuenteSupport

extension MethodHandlers {
    /// The dispatch table: each method's params type, cost class and handler, in one
    /// entry. Domain work is the assistant's; the server keeps sessions, statistics and
    /// reloads. A test checks that every method of the catalogue has its entry.
    static let table: [Method: MethodEntry] = Dictionary(uniqueKeysWithValues: entries.map { ($0.method, $0) })

    private static let entries: [MethodEntry] = [
        .keptWhenRepeated(
            AskParams.self, readsWords: true, when: \.isOneShot,
            { _, params, snapshot in
                let (answer, interest) = snapshot.assistant.respondOnce(to: params.text, language: params.lang)
                return (
                    Data(Wire.AskResult(session: nil, answer: answer, sessionForgotten: false).jsonBytes()), interest
                )
            },
            otherwise: { handlers, params, snapshot in
                Data(await handlers.ask(params, snapshot.assistant).jsonBytes())
            }),
        .keptWhenRepeated(SearchParams.self, readsWords: true) { _, params, snapshot in
            let result = try snapshot.assistant.search(
                query: params.query, filters: params.filters.byName, limit: params.limit, offset: params.offset,
                language: params.lang?.rawValue)
            return (Data(result.jsonBytes()), nil)
        },
        .runOffLoop(TalkingPointsParams.self, readsWords: true) { handlers, params, snapshot in
            try handlers.encode(try talkingPoints(params, snapshot.assistant))
        },
        .composedOncePerSnapshot(BriefParams.self, language: \.lang, readsWords: true) { handlers, params, snapshot in
            try handlers.encode(snapshot.assistant.briefResult(language: params.lang))
        },
        .composedOncePerSnapshot(CoverageParams.self, language: \.lang) { handlers, params, snapshot in
            try handlers.encode(snapshot.assistant.coverageResult(language: params.lang))
        },
        .runOffLoop(RecordParams.self) { handlers, params, snapshot in
            try handlers.encode(snapshot.assistant.record(id: params.id, language: params.lang))
        },
        .composedOncePerSnapshot(VocabularyParams.self) { handlers, _, snapshot in
            try handlers.encode(snapshot.assistant.vocabularyResult())
        },
        .composedOncePerSnapshot(SessionInfoParams.self, language: \.lang) { handlers, params, snapshot in
            try handlers.encode(snapshot.assistant.sessionInfo(language: params.lang))
        },
        .runOffLoop(SuggestParams.self) { handlers, params, snapshot in
            try handlers.encode(snapshot.assistant.suggest(prefix: params.prefix, limit: params.limit))
        },
        .runOffLoop(StatsParams.self) { handlers, _, snapshot in try handlers.encode(handlers.statistics(snapshot)) },
        .runOffLoop(ReloadParams.self) { handlers, _, _ in try handlers.encode(try await handlers.reload()) },
        .runOffLoop(StopParams.self) { handlers, _, _ in try handlers.encode(handlers.stop()) },
        // The floor of every request: nothing else to look at.
        .answeredOnLoop(PingParams.self) { _, _, _ in pong },
        .runOffLoop(PanelSubmitParams.self, readsWords: true) { handlers, params, snapshot in
            try handlers.encode(try handlers.panel.submit(params, snapshot.assistant))
        },
        .runOffLoop(PanelVoteParams.self) { handlers, params, _ in try handlers.encode(try handlers.panel.vote(params))
        },
        .runOffLoop(PanelQueueParams.self, readsWords: true) { handlers, params, snapshot in
            try handlers.encode(try handlers.panel.queue(params, snapshot.assistant))
        },
        .runOffLoop(PanelMarkParams.self) { handlers, params, _ in try handlers.encode(try handlers.panel.mark(params))
        },
        .composedOncePerSnapshot(DiscoverParams.self) { handlers, _, _ in
            try handlers.encode(MethodCatalogue.openRPC(version: handlers.version))
        },
    ]

    /// `ping`'s result, the same bytes every time.
    private static let pong = Data("\"pong\"".utf8)

    /// Talking points, with a name that names nothing reported as data: which param, so
    /// that a client names its own remedy (`puente vocabulary`).
    private static func talkingPoints(_ params: TalkingPointsParams, _ assistant: Assistant) throws
        -> Wire.TalkingPointsResult
    {
        do throws(AssistantError) {
            return try assistant.talkingPointsResult(
                theme: params.theme, region: params.region, modality: params.modality, query: params.query,
                limit: params.limit, language: params.lang)
        } catch {
            guard case .unknownTerm(let unknown) = error else { throw error }
            throw RPCError.unknownName(
                unknown.message, param: unknown.kind.rawValue, facet: unknown.kind.rawValue, value: unknown.name,
                close: unknown.closest)
        }
    }
}
