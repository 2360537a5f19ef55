import Foundation
import PuenteProtocol
import PuenteSupport

/// What the client can ask the daemon, rendered for people or as the daemon's JSON.
/// Shared by the REPL, the one-shot subcommands and pipe mode; no terminal I/O.
public struct ClientActions {
    /// Text to print and the status a one-shot command exits with.
    public struct Output {
        public var text: String
        /// 0 found, 1 nothing found.
        public var status: Int32

        public init(text: String, status: Int32) {
            self.text = text
            self.status = status
        }
    }

    /// How a document (talking points, the brief, the coverage) is printed: rendered
    /// for the screen, as the daemon's Markdown (for files), or as the daemon's JSON.
    public enum DocumentFormat: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    public let link: DaemonLink
    public var renderer: Renderer
    /// Print results as the daemon's JSON (one line each).
    public var json: Bool

    public init(link: DaemonLink, renderer: Renderer, json: Bool) {
        self.link = link
        self.renderer = renderer
        self.json = json
    }

    var language: ReplyLanguage { renderer.words.language }

    /// The result as one line of JSON, keys sorted like the daemon's.
    public static func line(_ value: JSONValue) -> String {
        String(decoding: (try? RPCCodec.encoder.encode(value)) ?? .init(), as: UTF8.self)
    }

    /// A method's JSON result as the wire type the client expects.
    static func decode<T: Decodable>(_ value: JSONValue, as type: T.Type, method: String) throws(ClientError) -> T {
        do { return try RPCCodec.decoder.decode(T.self, from: RPCCodec.encoder.encode(value)) } catch {
            throw .malformedReply("the \(method) result does not have the expected fields")
        }
    }

    /// A method's result as the daemon encoded it, and decoded.
    func send<Params: MethodParams>(_ params: Params) throws(ClientError) -> (raw: JSONValue, result: Params.Result) {
        let raw = try link.send(params)
        return (raw, try Self.decode(raw, as: Params.Result.self, method: Params.method.rawValue))
    }

    /// One output for a method: its JSON, or `render` of its decoded result.
    func output<Params: MethodParams>(
        _ params: Params, status: (Params.Result) -> Int32 = { _ in 0 }, render: (Params.Result) -> String
    ) throws(ClientError) -> Output {
        let (raw, result) = try send(params)
        return Output(text: json ? Self.line(raw) : render(result), status: status(result))
    }

    /// Asks within `session` (a new conversation when nil).
    /// - Parameter keep: whether the daemon should keep the conversation for a next turn:
    ///   true when the caller will send the session id back, false for a one-shot question
    ///   (the daemon then keeps nothing and the result has no session).
    /// - Parameter focus: the focus the last answer showed, resent so that a daemon
    ///   that no longer holds the session reads a follow-up against it.
    public func ask(_ text: String, session: String?, keep: Bool, languageParam: Bool = true, focus: String? = nil)
        throws(ClientError) -> (Output, Wire.AskResult)
    {
        let (raw, result) = try send(
            AskParams(text: text, session: session, keep: keep, focus: focus, lang: languageParam ? language : nil))
        let found: Int32 = result.intent != .search || result.total > 0 ? 0 : 1
        return (Output(text: json ? Self.line(raw) : renderer.answer(result), status: found), result)
    }

    public func search(_ query: String, filters: [FacetKind: [String]] = [:], limit: Int? = nil) throws(ClientError)
        -> Output
    {
        var params = SearchParams(query: query, filters: SearchFilters(filters))
        if let limit { params.limit = limit }
        do {
            return try output(params, status: { $0.total > 0 ? 0 : 1 }, render: renderer.search)
        } catch let .daemon(error) {
            throw Self.unknownName(error, byName: false) ?? .daemon(error)
        }
    }

    public func points(
        theme: String?, region: String?, modality: String?, query: String?, limit: Int? = nil,
        format: DocumentFormat = .text
    ) throws(ClientError) -> Output {
        func given(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
        var params = TalkingPointsParams(
            theme: given(theme), region: given(region), modality: given(modality), query: given(query), lang: language)
        if let limit { params.limit = limit }
        let raw: JSONValue
        let result: Wire.TalkingPointsResult
        do {
            (raw, result) = try send(params)
        } catch let .daemon(error) {
            throw Self.unknownName(error, byName: true) ?? .daemon(error)
        }
        return Output(
            text: document(raw, markdown: result.markdown, format: format), status: result.points.isEmpty ? 1 : 0)
    }

    /// `/puntos ARG`: a theme, region or modality as people name it (an id, a label
    /// or synonym in any language, with typos), or free words; the daemon tells them apart.
    public func points(naming argument: String) throws(ClientError) -> Output {
        try points(theme: nil, region: nil, modality: nil, query: argument.isEmpty ? nil : argument)
    }

    public func brief(format: DocumentFormat = .text) throws(ClientError) -> Output {
        let (raw, result) = try send(BriefParams(lang: language))
        return Output(text: document(raw, markdown: result.markdown, format: format), status: 0)
    }

    public func coverage(format: DocumentFormat = .text) throws(ClientError) -> Output {
        let (raw, result) = try send(CoverageParams(lang: language))
        return Output(text: document(raw, markdown: result.markdown, format: format), status: 0)
    }

    /// A document in the format asked for (`--json` wins): rendered for the screen,
    /// the daemon's Markdown, or the daemon's JSON on one line.
    private func document(_ raw: JSONValue, markdown: String, format: DocumentFormat) -> String {
        switch json ? .json : format {
        case .json: Self.line(raw)
        case .markdown: markdown
        case .text: renderer.text(markdown)
        }
    }

    public func record(_ id: String) throws(ClientError) -> Output {
        try output(RecordParams(id: id, lang: language), render: renderer.record)
    }

    public enum VocabularyKind: String, CaseIterable, Sendable { case themes, regions, modalities, mechanisms }

    /// The vocabulary, or one kind of it.
    public func vocabulary(_ kind: VocabularyKind? = nil) throws(ClientError) -> Output {
        try output(VocabularyParams()) { result in
            let kinds: [(VocabularyKind, [Wire.Term])] = [
                (.themes, result.themes), (.regions, result.regions), (.modalities, result.modalities),
                (.mechanisms, result.mechanisms),
            ]
            return kinds.filter { kind == nil || $0.0 == kind }.map {
                renderer.vocabulary($0.1, heading: renderer.words.heading($0.0))
            }.joined(separator: "\n\n")
        }
    }

    public func session() throws(ClientError) -> Output {
        try output(SessionInfoParams(lang: language), render: renderer.session)
    }

    public func stats() throws(ClientError) -> Output {
        try output(StatsParams(), render: renderer.stats)
    }

    /// The facets `puente vocabulary` lists: a value of one that nothing answers to is
    /// a usage error, whose remedy is that command.
    static let listedFacets: Set<FacetKind> = [.theme, .region, .modality, .mechanism]

    /// A name the daemon found nothing for, from the facet and value its error names
    /// (`RPCError.unknownName`); nil for any other error.
    /// - Parameter byName: whether the method took a name as well as an id.
    static func unknownName(_ error: RPCError, byName: Bool) -> ClientError? {
        guard case .string(let name)? = error.data?["facet"], let facet = FacetKind(rawValue: name),
            listedFacets.contains(facet),
            case .string(let value)? = error.data?["value"]
        else { return nil }
        return .unknownName(facet: facet, value: value, closest: error.closest, byName: byName, answer: error)
    }

    /// Stops the daemon and waits until it has: its socket is gone and its lock free,
    /// so that what a script does next meets no daemon, or a new one.
    public func stop(patience: Duration = .seconds(30)) throws(ClientError) -> Output {
        let (raw, result) = try send(StopParams())
        let deadline = ContinuousClock.now + patience
        while link.launcher.isLockHeld() && ContinuousClock.now < deadline {
            usleep(20_000)
        }
        return Output(text: json ? Self.line(raw) : renderer.words.stopped(pid: result.pid), status: 0)
    }

    public func reload() throws(ClientError) -> Output {
        try output(ReloadParams()) {
            renderer.words.reloaded($0.version, $0.documents, $0.tookMs)
        }
    }
}

extension ClientWords {
    func heading(_ kind: ClientActions.VocabularyKind) -> String {
        say("heading_\(kind.rawValue)")
    }
}
