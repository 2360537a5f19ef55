/// The session's metadata, from `Knowledge/session.yaml`.
public struct Session: Sendable, Hashable {
    /// A question the session sets out to discuss, from the concept note's section II.
    public struct Question: Sendable, Hashable {
        public var id: String
        /// In the five languages (es, en, fr, pt, ar).
        public var text: LocalizedText
        /// What it is about in a few words, in the five languages, where given
        /// ("hojas de ruta y planes de acción regionales").
        public var topic: LocalizedText?
    }

    /// In the five languages (es, the original, en, fr, pt, ar), like `conference`
    /// and `country`.
    public var title: LocalizedText
    public var conference: LocalizedText
    public var city: LocalizedText
    public var country: LocalizedText
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
    /// Questions a participant could ask, shown by help (es and en at least).
    public var examples: [LocalizedText] = []
}
