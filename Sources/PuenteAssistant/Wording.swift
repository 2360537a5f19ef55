import PuenteIndex
import PuenteKnowledge

/// Every sentence the assistant writes, in its five languages, in one place.
struct Wording {
    let language: ReplyLanguage
    let vocabulary: Vocabulary

    var code: String { language.rawValue }
    var isSpanish: Bool { language == .spanish }

    /// The sentence in the reply's language.
    func say(es: String, en: String, fr: String, pt: String, ar: String) -> String {
        switch language {
        case .spanish: es
        case .english: en
        case .french: fr
        case .portuguese: pt
        case .arabic: ar
        }
    }

    func label(_ kind: Vocabulary.Kind, _ id: String) -> String {
        vocabulary.term(kind, id)?.label(code) ?? id
    }

    // MARK: Leads

    /// "4 iniciativas de cooperación Sur–Sur en África sobre migración laboral".
    func lead(initiatives: Int, passages: Int, modalities: [String], regions: [String], topic: String?) -> String {
        var parts: [String] = []
        if initiatives > 0 || passages == 0 {
            parts.append(isSpanish ? count(initiatives, "iniciativa", "iniciativas") : count(initiatives, "initiative", "initiatives"))
        }
        if !modalities.isEmpty {
            let names = join(modalities.map { label(.modality, $0) })
            parts.append(isSpanish ? "de \(names)" : "of \(names)")
        }
        if !regions.isEmpty {
            let names = join(regions.map { label(.region, $0) })
            parts.append(isSpanish ? "en \(names)" : "in \(names)")
        }
        if let topic { parts.append(isSpanish ? "sobre \(topic)" : "on \(topic)") }
        var line = parts.joined(separator: " ")
        if passages > 0 {
            let note = isSpanish
                ? count(passages, "pasaje de la nota conceptual", "pasajes de la nota conceptual")
                : count(passages, "passage of the concept note", "passages of the concept note")
            line = initiatives > 0 ? line + (isSpanish ? " y " : " and ") + note : note + (parts.count > 1 ? " " + parts.dropFirst().joined(separator: " ") : "")
        }
        return line
    }

    var relaxedNote: String {
        isSpanish ? "Ninguna fuente reúne todas las palabras; muestro las que más se acercan."
                  : "No source has every word; these come closest."
    }

    func nothingIn(regions: [String], topic: String?) -> String {
        let place = join(regions.map { label(.region, $0) })
        let what = topic.map { isSpanish ? " sobre \($0)" : " on \($0)" } ?? ""
        return isSpanish ? "No encontré nada\(what) en \(place). Fuera de esa región:"
                         : "I found nothing\(what) in \(place). Outside that region:"
    }

    /// A filter value the index does not hold: said as unknown, never searched for.
    func unknownFilterValue(_ facet: FacetKind, _ typed: String, closest: String?) -> String {
        let kind = Vocabulary.Kind(facet)
        let name = kind.map { facetName($0) } ?? facet.rawValue
        let meant = closest.map { id in kind.map { "\(label($0, id)) (\(facet.rawValue):\(id))" } ?? "\(facet.rawValue):\(id)" }
        if isSpanish {
            return "No conozco \(name == "región" || name == "modalidad" ? "la" : "el") \(name) «\(typed)»." + (meant.map { " ¿Quisiste decir \($0)?" } ?? "")
        }
        return "I don't know the \(name) “\(typed)”." + (meant.map { " Did you mean \($0)?" } ?? "")
    }

    func unknownFilterField(_ typed: String, closest: String) -> String {
        isSpanish ? "No conozco el filtro «\(typed):». ¿Quisiste decir «\(closest):»?" : "I don't know the filter “\(typed):”. Did you mean “\(closest):”?"
    }

    var filterSyntaxHelp: String {
        isSpanish ? "Filtros: region:, modality:, theme:, mechanism:, kind: (por ejemplo region:africa); /regiones y /temas listan los valores."
                  : "Filters: region:, modality:, theme:, mechanism:, kind: (for example region:africa); /regions and /themes list the values."
    }

    func nothingFound(_ words: String) -> String {
        isSpanish ? "No encontré nada sobre «\(words)»." : "I found nothing about “\(words)”."
    }

    func didYouMean(_ words: String) -> String {
        isSpanish ? "¿Quisiste decir «\(words)»?" : "Did you mean “\(words)”?"
    }

    /// What to try after nothing was found, with one of the session's example questions.
    func tryInstead(example: String?) -> String {
        let shown = example.map { isSpanish ? ", por ejemplo «\($0)»" : ", for example “\($0)”" } ?? ""
        return isSpanish ? "Prueba con un tema, una región o una modalidad\(shown), o escribe /temas."
                         : "Try a theme, a region or a modality\(shown), or type /themes."
    }

    // MARK: Interpretation

    var understoodHeading: String { isSpanish ? "Entendí" : "Understood" }
    var queryHeading: String { isSpanish ? "Consulta" : "Query" }
    var sourcesHeading: String { isSpanish ? "Fuentes" : "Sources" }
    var suggestionsHeading: String { isSpanish ? "Sugerencias" : "Suggestions" }

    /// What a kind of term is called: "región", "region".
    func facetName(_ kind: Vocabulary.Kind) -> String {
        switch kind {
        case .region: isSpanish ? "región" : "region"
        case .modality: isSpanish ? "modalidad" : "modality"
        case .theme: isSpanish ? "tema" : "theme"
        case .mechanism: isSpanish ? "mecanismo" : "mechanism"
        }
    }

    func filterLine(_ kind: Vocabulary.Kind, _ ids: [String], excluded: Bool = false) -> String {
        let name = facetName(kind)
        let values = join(ids.map { label(kind, $0) })
        return excluded ? "\(name): \(isSpanish ? "fuera de" : "not") \(values)" : "\(name): \(values)"
    }

    func corrected(_ corrections: [Correction]) -> String {
        (isSpanish ? "corregido: " : "corrected: ") + corrections.map { "\($0.typed) → \($0.corrected)" }.joined(separator: ", ")
    }

    func added(_ words: [String]) -> String {
        (isSpanish ? "añadido: " : "added: ") + words.joined(separator: ", ")
    }

    var followUpNote: String { isSpanish ? "seguimiento de la pregunta anterior" : "follow-up to the previous question" }

    // MARK: Suggestions

    func andIn(region: String, count: Int) -> Suggestion {
        let name = label(.region, region)
        return Suggestion(text: isSpanish ? "¿Y en \(name)? (\(count))" : "What about \(name)? (\(count))",
                          input: isSpanish ? "¿Y en \(name)?" : "What about \(name)?")
    }

    func only(modality: String, count: Int) -> Suggestion {
        let name = label(.modality, modality)
        return Suggestion(text: isSpanish ? "Solo \(name) (\(count))" : "Only \(name) (\(count))",
                          input: isSpanish ? "solo \(name)" : "only \(name)")
    }

    func pointsFor(_ topic: String) -> Suggestion {
        Suggestion(text: isSpanish ? "Puntos de conversación: /puntos \(topic)" : "Talking points: /points \(topic)",
                   input: isSpanish ? "/puntos \(topic)" : "/points \(topic)")
    }

    func outsideRegion() -> Suggestion {
        Suggestion(text: isSpanish ? "Ver otras regiones: «otra región»" : "See other regions: “another region”",
                   input: isSpanish ? "otra región" : "another region")
    }

    // MARK: Small helpers

    func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }

    /// "a, b y c" / "a, b and c".
    func join(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (isSpanish ? " y " : " and ") + items.last!
    }

    var conceptNote: String { isSpanish ? "Nota conceptual" : "Concept note" }
}
