extension StringProtocol {
    /// Whether `other` occurs in this text, byte for byte (no Unicode equivalence: both
    /// sides come folded, or normalised as the knowledge is). Foundation's `contains`,
    /// which Swift picks when Foundation is imported, bridges both strings to NSString
    /// on every call: that was a sixth of the time an answer took.
    public func includes(_ other: some StringProtocol) -> Bool {
        utf8.firstRange(of: other.utf8) != nil
    }
}
