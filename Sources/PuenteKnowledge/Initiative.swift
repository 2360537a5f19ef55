/// One real initiative of regional, interregional, South–South or triangular
/// cooperation, from `Knowledge/initiatives/<id>.yaml`.
public struct Initiative: Sendable, Hashable {
    public struct Fact: Sendable, Hashable {
        public var text: String
        /// "2013", "2013-10" or "2013-10-08": when the fact happened or was reported.
        public var date: String
        /// Index into `sources`, from 0.
        public var source: Int
    }

    public struct Source: Sendable, Hashable {
        public var url: String
        public var title: String
    }

    public var id: String
    /// Language code → official name; "es" and "en" always present.
    public var name: [String: String]
    /// Other official names, in any language.
    public var otherNames: [String]
    public var acronym: String?
    public var regions: [String]
    public var countries: [String]
    public var modalities: [String]
    public var mechanisms: [String]
    public var themes: [String]
    /// As the sources give it: "2013–2030", "since 2007".
    public var period: String
    public var lead: [String]
    public var partners: [String]
    /// Language code → summary; "es" and "en" always present.
    public var summary: [String: String]
    /// In Spanish, the session's language.
    public var facts: [Fact]
    /// Short points a moderator could say, in Spanish.
    public var talkingPoints: [String]
    public var sources: [Source]
    /// The record's file, relative to the knowledge folder.
    public var file: String

    /// The facet values of this record for `kind`.
    public func values(_ kind: Vocabulary.Kind) -> [String] {
        switch kind {
        case .theme: themes
        case .region: regions
        case .modality: modalities
        case .mechanism: mechanisms
        }
    }
}
