/// Where the daemon's socket is, by the same rules for the daemon and its clients:
/// an explicit path, else `$PUENTE_SOCKET`, else `$XDG_RUNTIME_DIR/puente/puente.sock`,
/// else `/tmp/puente-$UID/puente.sock`.
public enum SocketPath {
    public static func resolve(explicit: String?, environment: [String: String], uid: UInt32) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["PUENTE_SOCKET"], !path.isEmpty { return path }
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty { return runtime + "/puente/puente.sock" }
        return "/tmp/puente-\(uid)/puente.sock"
    }
}
