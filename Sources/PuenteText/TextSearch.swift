extension StringProtocol {
    /// Whether `other` occurs in this text, byte for byte (no Unicode equivalence: both
    /// sides come folded, or normalised as the knowledge is). Foundation's `contains`,
    /// which Swift picks when Foundation is imported, bridges both strings to NSString
    /// on every call, and the standard library's generic `firstRange(of:)` instantiates
    /// type metadata on every call: either was a sixth to a third of the time an answer
    /// took. Texts and cues here are short, so a plain scan is enough.
    public func includes(_ other: some StringProtocol) -> Bool {
        withBytes(of: self) { text in
            withBytes(of: other) { sought in
                guard let first = sought.first else { return true }
                guard text.count >= sought.count else { return false }
                var start = 0
                while start <= text.count - sought.count {
                    if text[start] == first {
                        var matched = 1
                        while matched < sought.count && text[start + matched] == sought[matched] { matched += 1 }
                        if matched == sought.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}

/// Runs `body` on the UTF-8 bytes of `text`, copied only when they are not contiguous.
private func withBytes<Result>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
}
