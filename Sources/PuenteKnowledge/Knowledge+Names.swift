import Foundation

/// What a record's codes and ids are called: countries by CLDR (or the pack's
/// common name), bodies by `bodies.yaml`, in each language.
extension Knowledge {
    /// The country of ISO `code` as a sentence in `language` names it: the pack's
    /// common name where CLDR's is not in common use, else CLDR's without its
    /// qualifier ("Myanmar (Birmania)" → "Myanmar").
    public func countryName(_ code: String, in language: String) -> String {
        if let common = languages.first(where: { $0.code == language })?.countryDisplay[code] { return common }
        guard let name = Locale(identifier: language).localizedString(forRegionCode: code) else { return code }
        return Self.withoutQualifier(name) ?? name
    }

    /// A CLDR name without its parenthesised qualifier; nil when it has none.
    public static func withoutQualifier(_ name: String) -> String? {
        guard let open = name.firstIndex(of: "("), open > name.startIndex else { return nil }
        return String(name[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// The record's countries and country groups as `language` writes them.
    public func countries(of record: Initiative, in language: String) -> [String] {
        record.countries.map { countryName($0, in: language) } + record.countryGroups.map { $0.text(in: language) }
    }

    /// The bodies of `ids` as a sentence in `language` names them.
    public func bodyLabels(_ ids: [String], in language: String) -> [String] {
        ids.map { body($0)?.label(in: language) ?? $0 }
    }

    /// Every name the record's countries, country groups and bodies have, in every
    /// language: the words its fields stand for.
    public func fieldNames(of record: Initiative) -> [String] {
        var names = Vocabulary.languages.flatMap { countries(of: record, in: $0) }
        for id in record.lead + record.partners { names += body(id)?.allNames ?? [] }
        return names
    }
}
