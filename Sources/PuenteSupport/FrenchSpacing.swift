/// French typography's no-break spaces, shared by the assistant's replies and the
/// client's labels: French puts a space before ? ! : ; and inside « », and a line
/// must never be wrapped there, leaving the mark alone at the start of the next line.
package enum FrenchSpacing {
    /// No-break space (U+00A0): one column wide, and supported by every terminal font,
    /// where the narrow U+202F that fine typography prefers often is not.
    package static let noBreakSpace = "\u{A0}"

    /// `text` with the space before ? ! : ; and inside « » made no-break. Text written
    /// without those spaces (`region:africa`, `«x»`) is left as it is.
    package static func apply(to text: String) -> String {
        guard text.contains(" ") else { return text }
        var result = ""
        var pendingSpace = false
        var previous: Character?
        for character in text {
            if character == " " {
                if pendingSpace { result.append(" ") }
                // A space after « is held to it at once; others wait to see what follows.
                if previous == "«" {
                    result += noBreakSpace
                    pendingSpace = false
                } else {
                    pendingSpace = true
                }
            } else {
                if pendingSpace { result += "?!:;»".contains(character) ? noBreakSpace : " " }
                pendingSpace = false
                result.append(character)
            }
            previous = character
        }
        if pendingSpace { result.append(" ") }
        return result
    }
}
