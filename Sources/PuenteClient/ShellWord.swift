import Foundation

/// Commands written for a shell: what a participant or a script can paste as it is.
public enum ShellWord {
    /// `word` as a shell reads it back: quoted when it holds anything but plain characters.
    public static func quoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "/._-+=:,@".unicodeScalars.contains($0)
        }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Words joined into one command line, each quoted as needed.
    public static func line(_ words: [String]) -> String {
        words.map(quoted).joined(separator: " ")
    }
}
