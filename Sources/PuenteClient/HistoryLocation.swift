/// Where the REPL keeps its history: `$XDG_STATE_HOME/puente/history`, by default
/// `~/.local/state/puente/history`.
public enum HistoryLocation {
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/puente/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/puente/history"
    }

    /// Lines kept.
    public static let capacity = 1000
}
