import PuenteIndex
import PuenteSupport

/// One real initiative of regional, interregional, South–South or triangular
/// cooperation, from `Knowledge/initiatives/<id>.yaml`.
public struct Initiative: Sendable, Hashable {
    /// One dated, sourced statement, written in the five languages.
    public struct Fact: Sendable, Hashable {
        /// "es", "en", "fr", "pt" and "ar", saying the same.
        public var text: LocalizedText
        /// "2013", "2013-10" or "2013-10-08": when the fact happened or was reported.
        public var date: String
        /// Index into `sources`, from 0.
        public var source: Int

        /// The fact for a reader of `language`: in it when written, else in English,
        /// else in Spanish (see `LocalizedText.text(in:)`).
        public func text(in language: String) -> String { text.text(in: language) }
    }

    public struct Source: Sendable, Hashable {
        public var url: String
        public var title: String
    }

    public var id: String
    /// The name in the five languages; the official one where it exists.
    public var name: LocalizedText
    /// Other official names, in any language.
    public var otherNames: [String]
    public var acronym: String?
    public var regions: [String]
    /// ISO 3166-1 alpha-2 codes ("CI", "BF"); their names come from CLDR.
    public var countries: [String]
    /// Groups that are not a list of countries ("31 countries of Latin America and
    /// the Caribbean"), each in the five languages.
    public var countryGroups: [LocalizedText]
    public var modalities: [String]
    public var mechanisms: [String]
    public var themes: [String]
    /// As the sources give it ("2013–2030", "since 2007"), in the five languages.
    public var period: LocalizedText
    /// Ids of `bodies.yaml`.
    public var lead: [String]
    /// Ids of `bodies.yaml`.
    public var partners: [String]
    /// In the five languages.
    public var summary: LocalizedText
    public var facts: [Fact]
    /// Short points a moderator could say, in the five languages.
    public var talkingPoints: [LocalizedText]
    public var sources: [Source]
    /// The record's file, relative to the knowledge folder.
    public var file: String

    /// The facet values of this record for `kind`; for the `kind` facet, that it is an initiative.
    public func values(_ kind: FacetKind) -> [String] {
        switch kind {
        case .theme: themes
        case .region: regions
        case .modality: modalities
        case .mechanism: mechanisms
        case .kind: [Knowledge.initiativeKind]
        }
    }
}
