/// A body that leads, funds or takes part in an initiative: a government, an agency,
/// a regional body, a social partner… or a `group` that is not one body ("16
/// companies"), written as a text in the five languages.
public struct Body: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case government
        case unAgency = "un-agency"
        case regionalBody = "regional-body"
        case internationalBody = "international-body"
        case workers
        case employers
        case ngo
        case foundation
        case companyGroup = "company-group"
        case research
        case group
    }

    public var id: String
    public var kind: Kind
    /// The full name in the five languages, official where one exists.
    public var name: LocalizedText
    /// The form a sentence uses ("OIT", "ILO"), in the five languages, where shorter.
    public var short: LocalizedText?
    /// Every acronym that names it, in every script.
    public var acronyms: [String]
    /// Names in common use that are neither official nor short forms ("Liga Árabe").
    public var otherNames: [String] = []

    /// The name a sentence in `language` uses: the short form when it is one word (an
    /// acronym: "OIT", "UNICEF"), else the full name, which reads better than a
    /// shortened phrase ("Comisión de la Unión Africana", not "Comisión de la UA").
    public func label(in language: String) -> String {
        if let short = short?[language], !short.contains(" ") { return short }
        return name.text(in: language)
    }

    /// Every name and acronym, in every language.
    public var allNames: [String] {
        var names = name.languages.map { name.text(in: $0) } + acronyms + otherNames
        if let short { names += short.languages.map { short.text(in: $0) } }
        return names
    }
}
