/// The session's metadata, from `Knowledge/session.yaml`.
public struct Session: Sendable, Hashable {
    /// A question the session sets out to discuss, from the concept note's section II.
    public struct Question: Sendable, Hashable {
        public var id: String
        /// Language code → text; Spanish always present.
        public var text: [String: String]
    }

    /// Language code → title; Spanish (the original) and English always present.
    public var title: [String: String]
    public var conference: [String: String]
    public var city: String
    /// Language code → country name.
    public var country: [String: String]
    public var venue: String
    /// ISO 8601 date, "2026-02-12".
    public var date: String
    /// Local times, "14:30" and "16:15".
    public var start: String
    public var end: String
    /// IANA time zone of `start` and `end`.
    public var timeZone: String
    /// The session's working language (code).
    public var language: String
    /// The concept note's file name, relative to the knowledge folder.
    public var conceptNoteFile: String
    public var questions: [Question]
}
