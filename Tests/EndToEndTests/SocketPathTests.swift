import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A mistyped --socket never costs a user a file, and a daemon that cannot start
/// is reported at once with its own reason.
@Suite struct SocketPathTests {
    /// A regular file, a folder and a symlink, each where a socket was expected.
    struct NotSockets {
        let folder = Daemon.makeFolder()
        var file: String { folder.appendingPathComponent("notes.md").path }
        var directory: String { folder.appendingPathComponent("a-folder").path }
        var link: String { folder.appendingPathComponent("link.sock").path }

        init() throws {
            try "mis notas\n".write(toFile: file, atomically: true, encoding: .utf8)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        }

        var paths: [(path: String, kind: String)] {
            [(file, "a regular file"), (directory, "a folder"), (link, "a symbolic link")]
        }

        /// Everything is as the test made it.
        func expectUntouched() throws {
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "mis notas\n")
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) && isFolder.boolValue)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == file)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["a-folder", "link.sock", "notes.md"], "no socket or lock file left beside them")
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func puentedRefusesAPathThatIsNotASocket() throws {
        let setup = try NotSockets()
        defer { setup.remove() }
        for (path, kind) in setup.paths {
            let run = try Subprocess.run(Daemon.executable.path, ["--socket", path])
            #expect(run.status == 1, "\(path)")
            #expect(
                run.errors.contains("puented: \(path) is \(kind), not a socket; puented leaves it untouched."),
                "\(run.errors)")
        }
        try setup.expectUntouched()
    }

    @Test func puenteWithAutoStartRefusesAPathThatIsNotASocket() throws {
        let setup = try NotSockets()
        defer { setup.remove() }
        for (path, kind) in setup.paths {
            let run = try ClientEndToEndTests.puente(["ask", "hola", "--socket", path])
            #expect(run.status == 69, "\(path): \(run.errors)")
            // Refused before any daemon is started, and said as it is.
            #expect(
                run.errors == "puente: no daemon answers at \(path): it is \(kind), not a socket\n", "\(run.errors)")
            #expect(Daemon.startedPIDs(on: path).isEmpty)
        }
        try setup.expectUntouched()
    }

    @Test func aDaemonThatCannotStartIsReportedAtOnceWithItsReason() throws {
        let start = Date()
        let run = try ClientEndToEndTests.puente(["ask", "hola", "--socket", "/proc/no-such-dir/p.sock"])
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(run.status == 69)
        #expect(
            run.errors.hasSuffix(
                "could not start a daemon on /proc/no-such-dir/p.sock: cannot create the socket folder /proc/no-such-dir: No such file or directory\n"
            ), "\(run.errors)")
    }

    @Test func theSocketHasItsModeFromTheStart() throws {
        let daemon = try Daemon(arguments: ["--socket-mode", "0600"])
        defer { daemon.stop() }
        var status = stat()
        #expect(lstat(daemon.socketPath, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(status.st_mode & S_IFMT == S_IFSOCK)
    }
}
