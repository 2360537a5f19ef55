import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import PuenteText

/// Finds the vocabulary term a moderator means by a name: its id, or one of its
/// labels or synonyms in any of the vocabulary's languages, with or without
/// accents, with the typos search forgives ("migracion laboal", "Afrique",
/// "Sur-Sur"), though not in a name of real words only (see `KnownWords`).
/// Built once per knowledge snapshot.
public struct TermResolver: Sendable {
    /// What a name resolves to, or why it does not.
    public enum Resolution: Sendable, Equatable {
        case term(String)
        /// Nothing matches; the closest labels, in the asker's language, to suggest.
        case unknown(closest: [String])
    }

    /// The folded names of one kind's terms, and for each the id of the term it names.
    private struct Names: Sendable {
        var lexicon: Lexicon
        var ids: [String: String]
    }

    private let vocabulary: Vocabulary
    private let names: [FacetKind: Names]

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        var names: [FacetKind: Names] = [:]
        for kind in Vocabulary.kinds {
            var ids: [String: String] = [:]
            for term in vocabulary.terms(kind) {
                // The first term to claim a name keeps it.
                for name in [term.id] + term.names where ids[Self.key(name)] == nil { ids[Self.key(name)] = term.id }
            }
            names[kind] = Names(lexicon: Lexicon(ids.keys), ids: ids)
        }
        self.names = names
    }

    /// The term of `kind` that `name` names.
    public func resolve(_ name: String, as kind: FacetKind, language: String = "es") -> Resolution {
        let key = Self.key(name)
        guard let names = names[kind], !key.isEmpty else { return .unknown(closest: []) }
        if let id = names.ids[key] { return .term(id) }
        // A name of real words only was meant as typed: "apicultura" gets "did you mean
        // agricultura", not the agriculture theme.
        if let near = names.lexicon.fuzzyMatches(of: key).first,
            let id = names.ids[names.lexicon.word(at: near.ordinal)],
            !key.split(separator: " ").allSatisfy({ KnownWords.shared.contains(String($0)) })
        {
            return .term(id)
        }
        return .unknown(closest: closestLabels(to: key, kind: kind, language: language))
    }

    /// Up to three labels whose names, or a word of them, are nearest to `key`, for
    /// "did you mean": "migrasion" is one edit from the first word of "migración laboral".
    private func closestLabels(to key: String, kind: FacetKind, language: String) -> [String] {
        let scored = vocabulary.terms(kind).map { term in
            let names = ([term.id] + term.names).map(Self.key)
            let candidates = names + names.flatMap { $0.split(separator: " ").map(String.init) }
            return (term, candidates.map { EditDistance.distance(key, $0) }.min() ?? .max)
        }
        let allowed = max(2, key.count / 2)
        return scored.filter { $0.1 <= allowed }.sorted { $0.1 < $1.1 }.prefix(3).map { $0.0.label(language) }
    }

    /// Lower case, accents folded, dashes and runs of spaces made one space.
    static func key(_ name: String) -> String {
        let spaced = name.map { "-–—_".contains($0) ? " " : $0 }
        return String(spaced).split(whereSeparator: \.isWhitespace).map { Folding.fold($0.lowercased()) }.joined(
            separator: " ")
    }
}
