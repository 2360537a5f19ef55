import PuenteIndex
import PuenteSupport

/// The controlled vocabulary: themes, regions, modalities and mechanisms, each
/// term with an id, labels in the five languages and synonyms.
public struct Vocabulary: Sendable, Hashable {
    /// The facets whose values are the vocabulary's terms, in the vocabulary file's order;
    /// `kind` (initiative or concept-note passage) is none.
    public static let kinds: [FacetKind] = [.theme, .region, .modality, .mechanism]

    /// `facet` when it is a vocabulary's kind of term; nil for `kind`.
    public static func kind(_ facet: FacetKind) -> FacetKind? { kinds.contains(facet) ? facet : nil }

    public struct Term: Sendable, Hashable {
        public var id: String
        public var kind: FacetKind
        /// Language code (es, en, fr, pt, ar) → label; every one present, the
        /// Arabic one in Arabic script.
        public var labels: [String: String]
        /// Other names and spellings, in any language: they mean the term itself,
        /// so a query naming one also finds the others.
        public var synonyms: [String]
        /// Narrower names that point to the term without meaning it: bodies and
        /// sub-regions of a region ("ECOWAS" for Africa). They select the term as a
        /// facet but do not widen a query to the whole term.
        public var includes: [String]
        /// A region that is the whole world ("global"): never offered as "and in …?".
        public var worldwide: Bool = false
        /// Parts of a region named by their countries ("North Africa": DZ, EG, …): their
        /// names are among `includes`; the initiatives that list one of the countries are
        /// the ones in the part, whether or not their texts name it.
        public var places: [Place] = []

        /// The label in `language`, else the English one, else the Spanish one.
        public func label(_ language: String) -> String {
            labels[language] ?? labels["en"] ?? labels["es"] ?? id
        }

        /// Every name of the term: labels then synonyms.
        public var names: [String] { Vocabulary.languages.compactMap { labels[$0] } + synonyms }
    }

    /// A part of a region, by its names in any language and its countries (ISO codes).
    public struct Place: Sendable, Hashable {
        public var names: [String]
        public var countries: [String]
        /// Acronyms of the bodies whose members make up the part ("ASEAN"): a record of such
        /// a body is in the part, though it lists its members as a group, not by country.
        public var groups: [String]

        public init(names: [String], countries: [String], groups: [String] = []) {
            self.names = names
            self.countries = countries
            self.groups = groups
        }
    }

    /// The languages of the session, in the order the knowledge lists them.
    public static let languages = ["es", "en", "fr", "pt", "ar"]

    public var terms: [Term]

    public func terms(_ kind: FacetKind) -> [Term] { terms.filter { $0.kind == kind } }

    public func term(_ kind: FacetKind, _ id: String) -> Term? {
        terms.first { $0.kind == kind && $0.id == id }
    }
}

extension FacetKind {
    /// The key of the kind's list in `vocabulary.yaml` and in a record.
    public var listKey: String {
        switch self {
        case .theme: "themes"
        case .region: "regions"
        case .modality: "modalities"
        case .mechanism: "mechanisms"
        case .kind: "kinds"
        }
    }
}
