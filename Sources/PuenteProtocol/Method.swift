/// The methods of the protocol: the one list that the catalogue describes and the
/// server dispatches, each through an exhaustive switch, so neither can miss one.
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
}

extension MethodDescription {
    /// The method this description is of.
    public var method: Method? { Method(rawValue: name) }
}
