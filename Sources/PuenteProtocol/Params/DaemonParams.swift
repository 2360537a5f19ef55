// The daemon's own methods, which take no params.

/// Params of a method that takes none.
public protocol NoParams: MethodParams {}

extension NoParams {
    public static var fields: [ParamField<Self>] { [] }
}

/// `stats`: what the daemon has served.
public struct StatsParams: NoParams {
    public typealias Result = Wire.StatsResult
    public static let method = Method.stats
    public static let about = MethodAbout(
        "The daemon's counters, latency percentiles, index size and what people ask about.",
        result:
            "uptime_s, connections, requests, errors, latency_us, index, knowledge, interest, sessions[live, provisional, capacity, evicted, expired]"
    )
    public init() {}
}

/// `reload`: the knowledge folder read again.
public struct ReloadParams: NoParams {
    public typealias Result = Wire.ReloadResult
    public static let method = Method.reload
    public static let about = MethodAbout(
        "Reload and validate the knowledge folder; swap it in when valid.", result: "version, documents, took_ms",
        errors: [RPCError.forbiddenCode, RPCError.knowledgeInvalidCode], privileged: true)
    public init() {}
}

/// `stop`: the daemon stopped as SIGTERM stops it.
public struct StopParams: NoParams {
    public typealias Result = Wire.StopResult
    public static let method = Method.stop
    public static let about = MethodAbout(
        "Stop the daemon gracefully: stop accepting, answer what is in flight, remove the socket, exit 0.",
        result: "pid", errors: [RPCError.forbiddenCode], privileged: true)
    public init() {}
}

/// `ping`: whether the daemon answers.
public struct PingParams: NoParams {
    public typealias Result = String
    public static let method = Method.ping
    public static let about = MethodAbout("Check that the daemon answers.", result: "\"pong\"")
    public init() {}
}
