/// The methods of the protocol: the one list that the catalogue describes and the
/// server dispatches. Each names its params type, which declares the rest.
public enum Method: String, CaseIterable, Sendable, Hashable {
    case ask, search
    case talkingPoints = "talking_points"
    case brief, coverage, record, vocabulary
    case sessionInfo = "session_info"
    case suggest, stats, reload, stop, ping
    case panelSubmit = "panel_submit"
    case panelVote = "panel_vote"
    case panelQueue = "panel_queue"
    case panelMark = "panel_mark"
    case discover = "rpc.discover"

    /// The method's params type: the switch is exhaustive, so a method cannot exist
    /// without its declaration.
    public var params: any MethodParams.Type {
        switch self {
        case .ask: AskParams.self
        case .search: SearchParams.self
        case .talkingPoints: TalkingPointsParams.self
        case .brief: BriefParams.self
        case .coverage: CoverageParams.self
        case .record: RecordParams.self
        case .vocabulary: VocabularyParams.self
        case .sessionInfo: SessionInfoParams.self
        case .suggest: SuggestParams.self
        case .stats: StatsParams.self
        case .reload: ReloadParams.self
        case .stop: StopParams.self
        case .ping: PingParams.self
        case .panelSubmit: PanelSubmitParams.self
        case .panelVote: PanelVoteParams.self
        case .panelQueue: PanelQueueParams.self
        case .panelMark: PanelMarkParams.self
        case .discover: DiscoverParams.self
        }
    }
}

extension MethodDescription {
    /// The method this description is of.
    public var method: Method? { Method(rawValue: name) }
}
