import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the client needs to know about its terminal, if it has one.
enum Terminal {
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org).
    static var colour: Bool {
        outputIsTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The terminal's width now (it is read again before each answer, so resizing
    /// is respected); 0 when output is not a terminal.
    static var width: Int {
        guard outputIsTerminal else { return 0 }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Makes readline read what is typed as UTF-8.
    ///
    /// readline decodes keystrokes by the locale of LC_ALL, LC_CTYPE or LANG. When
    /// that locale is missing (ar_MA.UTF-8, set only to choose Arabic, on a system
    /// that lacks it) or is not UTF-8 (none set, C), it takes each byte of "é" or "ع"
    /// for a Meta key, and letters vanish from the line. The client writes UTF-8
    /// whatever the locale, so it reads UTF-8 too: LC_CTYPE becomes C.UTF-8, which
    /// glibc always has. An LC_ALL someone set on purpose is left alone.
    static func readUTF8Input() {
        setlocale(LC_CTYPE, "")
        guard String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8",
            (ProcessInfo.processInfo.environment["LC_ALL"] ?? "").isEmpty
        else { return }
        setenv("LC_CTYPE", "C.UTF-8", 1)
        setlocale(LC_CTYPE, "")
    }

    /// Shows a dimmed "…" at the start of the line while an answer is awaited (`true`),
    /// and erases it (`false`) before the answer is printed there.
    static func showWaiting(_ on: Bool) {
        let dots = colour ? "\u{1B}[2m…\u{1B}[0m" : "…"
        print(on ? dots : "\r\u{1B}[K", terminator: "")
        // print goes through C's stdout; nil flushes it without naming its global.
        fflush(nil)
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
