import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file written at the user's request (`--output`): created only where nothing is,
/// so an existing file is never lost by mistake, or replaced whole when asked to.
public enum OutputFile {
    /// - Parameter replacing: replace a file that exists (`--force`); it is written
    ///   beside and renamed over, so a reader never sees half of it.
    /// - Throws: `.outputExists` when a file is there and `replacing` is false,
    ///   `.cannotWrite` with the system's reason otherwise.
    public static func write(_ text: String, to path: String, replacing: Bool) throws(ClientError) {
        let bytes = Array(text.utf8)
        if replacing {
            do { try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
                throw .cannotWrite(path: path, reason: error.localizedDescription)
            }
            return
        }
        // O_EXCL: a file created between a check and this open is not overwritten either.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .outputExists(path: path) }
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let reason = String(cString: strerror(errno))
                unlink(path)
                throw .cannotWrite(path: path, reason: reason)
            }
            offset += written
        }
    }
}
