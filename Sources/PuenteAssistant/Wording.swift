import PuenteIndex
import PuenteKnowledge
import PuenteSupport

/// Every sentence the assistant writes, in its five languages, in one place.
///
/// Quotation marks are «» in Spanish, French, Portuguese and Arabic and “” in
/// English. Arabic is written in logical order; the terminal lays it out right to
/// left. Only Latin syntax with punctuation at its edges (a slash command, a
/// filter field) is wrapped in a left-to-right isolate there (`leftToRight(_:)`),
/// since the bidi algorithm would otherwise move its slash or colon to the wrong side.
struct Wording {
    let language: ReplyLanguage
    let vocabulary: Vocabulary

    var code: String { language.rawValue }
    /// Whether the reply is in Spanish. Prefer `say`, which covers the five languages.
    var isSpanish: Bool { language == .spanish }

    /// The sentence in the reply's language.
    ///
    /// French is written with ordinary spaces before ? ! : ; and inside « »; they
    /// become no-break spaces here, so that a wrapped line never starts with the mark.
    func say(es: String, en: String, fr: String, pt: String, ar: String) -> String {
        FiveLanguages.pick(language.rawValue, es: es, en: en, fr: fr, pt: pt, ar: ar)
    }

    func label(_ kind: Vocabulary.Kind, _ id: String) -> String {
        vocabulary.term(kind, id)?.label(code) ?? id
    }

    /// Words quoted in the reply's language: «…», “…”, « … ».
    func quoted(_ text: String) -> String {
        say(es: "«\(text)»", en: "“\(text)”", fr: "« \(text) »", pt: "«\(text)»", ar: "«\(text)»")
    }

    // MARK: Leads

    /// "4 iniciativas de cooperación Sur–Sur en África sobre migración laboral".
    func lead(initiatives: Int, passages: Int, modalities: [String], regions: [String], topic: String?) -> String {
        var qualifiers: [String] = []
        if !regions.isEmpty { qualifiers.append(inRegions(regions)) }
        if let topic { qualifiers.append(about(topic)) }
        let note = counted(passages, .passage)
        guard initiatives > 0 || passages == 0 else {
            // The concept note is not "of" a modality: only place and topic qualify it.
            return ([note] + qualifiers).joined(separator: " ")
        }
        var parts = [counted(initiatives, .initiative)]
        if !modalities.isEmpty { parts.append(ofModalities(modalities)) }
        let line = (parts + qualifiers).joined(separator: " ")
        guard passages > 0 else { return line }
        return line + say(es: " y ", en: " and ", fr: " et ", pt: " e ", ar: " و") + note
    }

    var relaxedNote: String {
        say(es: "Ninguna fuente reúne todas las palabras; muestro las que más se acercan.",
            en: "No source has every word; these come closest.",
            fr: "Aucune source ne contient tous les mots ; voici celles qui s'en approchent le plus.",
            pt: "Nenhuma fonte reúne todas as palavras; mostro as que mais se aproximam.",
            ar: "لا يضم أي مصدر كل الكلمات؛ أعرض أقربها إليها.")
    }

    /// - Parameter modalities: the modality filter the search kept, said so that "nothing"
    ///   is not read as nothing of any kind.
    func nothingIn(regions: [String], modalities: [String] = [], topic: String?) -> String {
        let place = inRegions(regions)
        let kind = modalities.isEmpty ? "" : " " + ofModalities(modalities)
        let what = kind + (topic.map { " " + about($0) } ?? "")
        return say(es: "No encontré nada\(what) \(place). Fuera de esa región:",
                   en: "I did not find anything\(what) \(place). Outside that region:",
                   fr: "Je n'ai rien trouvé\(what) \(place). En dehors de cette région :",
                   pt: "Não encontrei nada\(what) \(place). Fora dessa região:",
                   ar: "لم أجد شيئًا\(what) \(place). خارج هذه المنطقة:")
    }

    /// A filter value the index does not hold: said as unknown, never searched for.
    func unknownFilterValue(_ facet: FacetKind, _ typed: String, closest: String?) -> String {
        let kind = Vocabulary.Kind(facet)
        let name = kind.map { facetName($0) } ?? facet.rawValue
        let meant = closest.map { id in kind.map { "\(label($0, id)) (\(facet.rawValue):\(id))" } ?? "\(facet.rawValue):\(id)" }
        let feminine = kind == .region || kind == .modality
        let unknown = say(es: "No conozco \(feminine ? "la" : "el") \(name) «\(typed)».",
                          en: "I don't know the \(name) “\(typed)”.",
                          fr: "Je ne connais pas \(feminine ? "la" : "le") \(name) « \(typed) ».",
                          pt: "Não conheço \(feminine ? "a" : "o") \(name) «\(typed)».",
                          ar: "لا أعرف \(name) «\(typed)».")
        return unknown + (meant.map { " " + didYouMeanName($0) } ?? "")
    }

    func unknownFilterField(_ typed: String, closest: String) -> String {
        let typed = leftToRight(typed + ":"), closest = leftToRight(closest + ":")
        return say(es: "No conozco el filtro «\(typed)». ¿Quisiste decir «\(closest)»?",
                   en: "I don't know the filter “\(typed)”. Did you mean “\(closest)”?",
                   fr: "Je ne connais pas le filtre « \(typed) ». Vouliez-vous dire « \(closest) » ?",
                   pt: "Não conheço o filtro «\(typed)». Queria dizer «\(closest)»?",
                   ar: "لا أعرف عامل التصفية «\(typed)». هل تقصد «\(closest)»؟")
    }

    var filterSyntaxHelp: String {
        let fields = leftToRight("region:, modality:, theme:, mechanism:, kind:")
        let example = leftToRight("region:africa")
        let regions = command("/regiones", "/regions"), themes = command("/temas", "/themes")
        return say(es: "Filtros: \(fields) (por ejemplo \(example)); \(regions) y \(themes) listan los valores.",
                   en: "Filters: \(fields) (for example \(example)); \(regions) and \(themes) list the values.",
                   fr: "Filtres : \(fields) (par exemple \(example)) ; \(regions) et \(themes) en donnent les valeurs.",
                   pt: "Filtros: \(fields) (por exemplo \(example)); \(regions) e \(themes) listam os valores.",
                   ar: "عوامل التصفية: \(fields) (مثلًا \(example))؛ ويعرض \(regions) و\(themes) قيمها.")
    }

    func nothingFound(_ words: String) -> String {
        say(es: "No encontré nada sobre «\(words)».",
            en: "I did not find anything about “\(words)”.",
            fr: "Je n'ai rien trouvé sur « \(words) ».",
            pt: "Não encontrei nada sobre «\(words)».",
            ar: "لم أجد شيئًا عن «\(words)».")
    }

    func didYouMean(_ words: String) -> String {
        didYouMeanName(quoted(words))
    }

    /// "¿Quisiste decir X?" with X as given (quoted or not).
    private func didYouMeanName(_ name: String) -> String {
        say(es: "¿Quisiste decir \(name)?", en: "Did you mean \(name)?", fr: "Vouliez-vous dire \(name) ?",
            pt: "Queria dizer \(name)?", ar: "هل تقصد \(name)؟")
    }

    /// What to try after nothing was found, with one of the session's example questions.
    func tryInstead(example: String?) -> String {
        let themes = command("/temas", "/themes")
        guard let example else {
            return say(es: "Prueba con un tema, una región o una modalidad, o escribe \(themes).",
                       en: "Try a theme, a region or a modality, or type \(themes).",
                       fr: "Essayez un thème, une région ou une modalité, ou tapez \(themes).",
                       pt: "Tente um tema, uma região ou uma modalidade, ou digite \(themes).",
                       ar: "جرّب موضوعًا أو منطقة أو نمط تعاون، أو اكتب \(themes).")
        }
        let shown = quoted(example)
        return say(es: "Prueba con un tema, una región o una modalidad, por ejemplo \(shown), o escribe \(themes).",
                   en: "Try a theme, a region or a modality, for example \(shown), or type \(themes).",
                   fr: "Essayez un thème, une région ou une modalité, par exemple \(shown), ou tapez \(themes).",
                   pt: "Tente um tema, uma região ou uma modalidade, por exemplo \(shown), ou digite \(themes).",
                   ar: "جرّب موضوعًا أو منطقة أو نمط تعاون، مثل \(shown)، أو اكتب \(themes).")
    }

    // MARK: Interpretation

    var understoodHeading: String { say(es: "Entendí", en: "Understood", fr: "Compris", pt: "Entendi", ar: "ما فهمته") }
    var queryHeading: String { say(es: "Consulta", en: "Query", fr: "Requête", pt: "Consulta", ar: "الاستعلام") }
    var sourcesHeading: String { say(es: "Fuentes", en: "Sources", fr: "Sources", pt: "Fontes", ar: "المصادر") }
    var suggestionsHeading: String { say(es: "Sugerencias", en: "Suggestions", fr: "Suggestions", pt: "Sugestões", ar: "اقتراحات") }

    /// What a kind of term is called: "región", "region", "région", "região", "المنطقة".
    func facetName(_ kind: Vocabulary.Kind) -> String {
        switch kind {
        case .region: say(es: "región", en: "region", fr: "région", pt: "região", ar: "المنطقة")
        case .modality: say(es: "modalidad", en: "modality", fr: "modalité", pt: "modalidade", ar: "نمط التعاون")
        case .theme: say(es: "tema", en: "theme", fr: "thème", pt: "tema", ar: "الموضوع")
        case .mechanism: say(es: "mecanismo", en: "mechanism", fr: "mécanisme", pt: "mecanismo", ar: "الآلية")
        }
    }

    func filterLine(_ kind: Vocabulary.Kind, _ ids: [String], excluded: Bool = false) -> String {
        let name = facetName(kind)
        let values = join(ids.map { label(kind, $0) })
        guard excluded else { return labelled(name, values) }
        return labelled(name, say(es: "fuera de ", en: "not ", fr: "sauf ", pt: "fora de ", ar: "باستثناء ") + values)
    }

    func corrected(_ corrections: [Correction]) -> String {
        labelled(say(es: "corregido", en: "corrected", fr: "corrigé", pt: "corrigido", ar: "تصحيح"),
                 corrections.map { "\($0.typed) → \($0.corrected)" }.joined(separator: say(es: ", ", en: ", ", fr: ", ", pt: ", ", ar: "، ")))
    }

    func added(_ words: [String]) -> String {
        labelled(say(es: "añadido", en: "added", fr: "ajouté", pt: "acrescentado", ar: "إضافة"),
                 words.joined(separator: say(es: ", ", en: ", ", fr: ", ", pt: ", ", ar: "، ")))
    }

    var followUpNote: String {
        say(es: "seguimiento de la pregunta anterior", en: "follow-up to the previous question",
            fr: "suite de la question précédente", pt: "continuação da pergunta anterior", ar: "متابعة للسؤال السابق")
    }

    /// "región: África", "région : Afrique": a heading and its text.
    func labelled(_ heading: String, _ text: String) -> String {
        heading + (language == .french ? FrenchSpacing.noBreakSpace + ": " : ": ") + text
    }

    // MARK: Suggestions

    /// "¿Y en África? (3)". The input is what the assistant reads as a follow-up.
    func andIn(region: String, count: Int) -> Suggestion {
        let place = inRegions([region])
        let question = say(es: "¿Y \(place)?", en: "What about \(label(.region, region))?", fr: "Et \(place) ?",
                           pt: "E \(place)?", ar: "ماذا عن \(Self.arabicGenitive(label(.region, region)))؟")
        return Suggestion(text: "\(question) (\(count))", input: question)
    }

    /// "Solo cooperación triangular (3)". The input names the modality alone in the
    /// languages whose "only" the assistant does not read as a cue.
    func only(modality: String, count: Int) -> Suggestion {
        let name = label(.modality, modality)
        return Suggestion(text: say(es: "Solo \(name) (\(count))", en: "Only \(name) (\(count))", fr: "Uniquement en \(name) (\(count))",
                                    pt: "Apenas \(name) (\(count))", ar: "\(name) فقط (\(count))"),
                          input: say(es: "solo \(name)", en: "only \(name)", fr: name, pt: name, ar: name))
    }

    func pointsFor(_ topic: String) -> Suggestion {
        let points = say(es: "/puntos", en: "/points", fr: "/points", pt: "/puntos", ar: "/points")
        return Suggestion(text: labelled(pointsHeading, leftToRight(points) + " " + topic), input: "\(points) \(topic)")
    }

    func outsideRegion() -> Suggestion {
        // The assistant reads "another region" in the Latin-script languages only,
        // so an Arabic reader is offered the English words.
        let input = say(es: "otra región", en: "another region", fr: "autre région", pt: "outra região", ar: "another region")
        return Suggestion(text: labelled(say(es: "Ver otras regiones", en: "See other regions", fr: "Voir d'autres régions",
                                             pt: "Ver outras regiões", ar: "مناطق أخرى"), quoted(input)),
                          input: input)
    }

    // MARK: Small helpers

    func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }

    /// French counts zero and one in the singular: "0 initiative", "1 initiative".
    func frenchCount(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number < 2 ? one : many)"
    }

    /// What `counted` counts.
    enum Counted { case initiative, passage }

    /// "1 iniciativa", "0 initiative", "3 trechos da nota conceitual", "مبادرتان":
    /// a number and its noun, agreeing in each language.
    func counted(_ number: Int, _ thing: Counted) -> String {
        switch thing {
        case .initiative:
            return say(es: count(number, "iniciativa", "iniciativas"),
                       en: count(number, "initiative", "initiatives"),
                       fr: frenchCount(number, "initiative", "initiatives"),
                       pt: count(number, "iniciativa", "iniciativas"),
                       ar: Self.arabicCount(number, one: "مبادرة واحدة", two: "مبادرتان", few: "مبادرات", many: "مبادرة", hundred: "مبادرة"))
        case .passage:
            return say(es: count(number, "pasaje de la nota conceptual", "pasajes de la nota conceptual"),
                       en: count(number, "passage of the concept note", "passages of the concept note"),
                       fr: frenchCount(number, "passage de la note conceptuelle", "passages de la note conceptuelle"),
                       pt: count(number, "trecho da nota conceitual", "trechos da nota conceitual"),
                       ar: Self.arabicCount(number, one: "مقطع واحد", two: "مقطعان", few: "مقاطع", many: "مقطعًا", hundred: "مقطع") + " من المذكرة المفاهيمية")
        }
    }

    /// An Arabic number and its noun: the singular with "one", the dual for two,
    /// the plural from three to ten, the accusative singular from eleven to
    /// ninety-nine, and the genitive singular for hundreds (and for none).
    static func arabicCount(_ number: Int, one: String, two: String, few: String, many: String, hundred: String) -> String {
        switch number {
        case 1: return one
        case 2: return two
        default:
            switch number % 100 {
            case 3...10: return "\(number) \(few)"
            case 11...99: return "\(number) \(many)"
            default: return "\(number) \(hundred)"
            }
        }
    }

    /// "a, b y c" / "a, b and c" / "a، b وc".
    func join(_ items: [String]) -> String { Self.join(items, in: language) }

    static func join(_ items: [String], in language: ReplyLanguage) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        let head = items.dropLast()
        switch language {
        case .spanish:
            // "y" becomes "e" before an /i/ sound: "Asia e Iberoamérica".
            let folded = last.lowercased()
            let before = folded.hasPrefix("i") || folded.hasPrefix("í") || (folded.hasPrefix("hi") && !folded.hasPrefix("hie")) ? " e " : " y "
            return head.joined(separator: ", ") + before + last
        case .english: return head.joined(separator: ", ") + " and " + last
        case .french: return head.joined(separator: ", ") + " et " + last
        case .portuguese: return head.joined(separator: ", ") + " e " + last
        case .arabic: return head.joined(separator: "، ") + " و" + last
        }
    }

    var conceptNote: String {
        say(es: "Nota conceptual", en: "Concept note", fr: "Note conceptuelle", pt: "Nota conceitual", ar: "المذكرة المفاهيمية")
    }

    /// A slash command by the name the reply's reader is offered: the Spanish one
    /// in Spanish and Portuguese, the English one otherwise (as the client's help does).
    func command(_ spanish: String, _ english: String) -> String {
        switch language {
        case .spanish, .portuguese: spanish
        case .english, .french: english
        case .arabic: leftToRight(english)
        }
    }

    /// Latin syntax inside an Arabic sentence, kept left to right by an isolate
    /// (LRI … PDI); unchanged in the other languages.
    func leftToRight(_ text: String) -> String {
        language == .arabic ? "\u{2066}\(text)\u{2069}" : text
    }

    // MARK: Grammar of places, modalities and topics

    /// "en África y las Américas", "en Afrique et dans les Amériques", "na África",
    /// "في أفريقيا والأمريكتين"; a worldwide region is a level, not a place.
    func inRegions(_ ids: [String]) -> String {
        let worldwide = ids.filter { vocabulary.term(.region, $0)?.worldwide == true }.map { label(.region, $0) }
        let places = ids.filter { vocabulary.term(.region, $0)?.worldwide != true }.map { label(.region, $0) }
        var phrases: [String] = []
        if !places.isEmpty {
            switch language {
            case .spanish: phrases.append("en " + join(places))
            case .english: phrases.append("in " + join(places))
            case .french: phrases.append(join(places.map(Self.frenchIn)))
            case .portuguese: phrases.append(join(places.map(Self.portugueseIn)))
            case .arabic: phrases.append("في " + join(places.map(Self.arabicGenitive)))
            }
        }
        if !worldwide.isEmpty {
            let level = join(worldwide)
            phrases.append(say(es: "a escala \(level)", en: "at \(level) level", fr: "au niveau \(level)",
                               pt: "em âmbito \(level)", ar: "على الصعيد \(level)"))
        }
        return join(phrases)
    }

    /// "de cooperación Sur–Sur", "d'…", "للتعاون بين بلدان الجنوب".
    func ofModalities(_ ids: [String]) -> String {
        let names = join(ids.map { label(.modality, $0) })
        return say(es: "de \(names)", en: "of \(names)", fr: Self.frenchDe(names), pt: "de \(names)", ar: Self.arabicLi(names))
    }

    /// "sobre migración laboral", "en matière de migration de main-d'œuvre", "بشأن …".
    func about(_ topic: String) -> String {
        say(es: "sobre \(topic)", en: "on \(topic)", fr: "en matière " + Self.frenchDe(topic), pt: "sobre \(topic)", ar: "بشأن \(topic)")
    }

    /// French "de", elided before a vowel: "de coopération", "d'agriculture".
    static func frenchDe(_ words: String) -> String {
        guard let first = words.first?.lowercased().first, "aeiouyéèêàâîôûh".contains(first) else { return "de " + words }
        return "d'" + words
    }

    /// French "in" before a place, which depends on its article and number:
    /// "en Afrique", "dans les Amériques", "dans les États arabes".
    static func frenchIn(_ place: String) -> String {
        let lowered = place.lowercased()
        if lowered.hasPrefix("les ") { return "dans " + place }
        if lowered.hasPrefix("le ") { return "au " + place.dropFirst(3) }
        if lowered.hasPrefix("la ") { return "en " + place.dropFirst(3) }
        if lowered.hasPrefix("l'") || lowered.hasPrefix("l’") { return "en " + place.dropFirst(2) }
        if let word = lowered.split(separator: " ").first, word.hasSuffix("s") || word.hasSuffix("x") { return "dans les " + place }
        return "en " + place
    }

    /// Portuguese "in", contracted with the place's article: "na África",
    /// "nas Américas", "nos Estados Árabes" (continents are feminine).
    static func portugueseIn(_ place: String) -> String {
        for (article, contracted) in [("as ", "nas "), ("os ", "nos "), ("a ", "na "), ("o ", "no ")] where place.lowercased().hasPrefix(article) {
            return contracted + place.dropFirst(article.count)
        }
        if let word = place.lowercased().split(separator: " ").first, word.hasSuffix("s") { return "nos " + place }
        return "na " + place
    }

    /// An Arabic name after a preposition: a feminine dual takes its genitive,
    /// "الأمريكتان" → "الأمريكتين"; other words do not change in writing.
    static func arabicGenitive(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let definite = word.hasPrefix("ال") || word.hasPrefix("وال")
            return definite && word.hasSuffix("تان") ? String(word.dropLast(3)) + "تين" : String(word)
        }.joined(separator: " ")
    }

    /// Arabic "for" (لـ) joined to a name, absorbing its article: "التعاون" → "للتعاون".
    static func arabicLi(_ name: String) -> String {
        guard name.hasPrefix("ال") else { return "ل" + name }
        let rest = name.dropFirst(2)
        return rest.hasPrefix("ل") ? "ل" + rest : "لل" + rest
    }
}
