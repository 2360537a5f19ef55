import PuenteText

/// What a question asks for, when it asks for one thing about one initiative.
enum Asked: String, Sendable, CaseIterable {
    case funds
    case leads
    case partners
    case when
    case whereAbouts = "where"
    case countries
    case howMany = "how_many"
    case what

    /// The cue phrases of the five languages, folded (lowercase, no diacritics,
    /// Arabic letters normalised), matched as whole words.
    var cues: [String] {
        switch self {
        case .funds: [
            "quien financia", "quienes financian", "financia", "financian", "financiado", "financiada", "financiacion",
            "financiamiento", "fondos", "pone el dinero", "ponen el dinero", "pago", "paga", "donante", "donantes",
            "who funds", "who finances", "who pays", "funds", "funded", "funding", "finances", "financed", "donor", "donors",
            "paid for", "pays for", "qui finance", "finance", "financee", "financement", "bailleur", "bailleurs",
            "quem financia", "financiado", "financiamento", "paga", "financio", "financiaron", "financiador", "financiadores",
            "dinero", "money", "argent", "dinheiro", "funder", "funders", "bankrolls", "finançou", "financou", "financent",
            "sale el dinero", "viene el dinero", "put money", "paid", "paie", "pagou", "pagam", "يمول", "تمول", "تمويل", "ممول", "الممول", "يموله", "يمولها"]
        case .leads: [
            "quien lidera", "lidera", "liderada", "liderado", "dirige", "dirigida", "quien coordina", "coordina",
            "a cargo", "secretaria", "quien encabeza", "who leads", "who runs", "who coordinates", "who chairs", "leads",
            "led by", "runs", "in charge", "secretariat", "qui dirige", "qui pilote", "qui coordonne", "pilote",
            "quem lidera", "quem dirige", "quem coordena", "coordena", "من يقود", "يقود", "تقود", "من يدير", "يدير",
            "تدير", "يرأس", "يترأس", "ينسق", "الأمانة", "copresiden", "copreside", "preside", "presiden", "impulsa",
            "impulsan", "promueve", "promueven", "co-chair", "co-chairs", "chaired", "chairs", "chair", "copilote",
            "copilotent", "behind", "detras", "derriere", "por tras", "lo impulsa", "runs"]
        case .partners: [
            "quien participa", "quienes participan", "participan", "socios", "miembros", "forman parte", "quienes son",
            "who takes part", "who is involved", "who participates", "partners", "members", "participants", "involved",
            "partenaires", "membres", "participent", "qui participe", "parceiros", "membros", "quem participa",
            "participam", "الشركاء", "الأعضاء", "من يشارك", "يشارك", "fazem parte", "font partie", "make up", "belong"]
        case .when: [
            "cuando", "en que fecha", "en que ano", "que fecha", "desde cuando", "fecha", "when", "what year", "what date",
            "which year", "since when", "quand", "en quelle annee", "quelle date", "depuis quand", "quando",
            "em que ano", "em que data", "desde quando", "متى", "في أي عام", "في أي سنة", "تاريخ"]
        case .whereAbouts: [
            "donde", "en que ciudad", "en que lugar", "where", "in which city", "in what city", "which city",
            "ou a", "ou se", "ou est", "ou ont", "ou sera", "ou etait", "dans quelle ville", "onde",
            "em que cidade", "أين", "في أي مدينة"]
        case .countries: [
            "que paises", "cuales paises", "cuales son los paises", "cuales son sus paises", "paises miembros",
            "paises participan", "which countries", "what countries", "which states", "member states", "member countries",
            "quels pays", "quels sont les pays", "pays membres", "quais paises", "quais sao os paises", "que paises",
            "paises membros", "ما هي الدول", "أي الدول", "أي دول", "ما الدول", "الدول المشاركة", "الدول الأعضاء", "ما هي البلدان"]
        case .howMany: [
            "cuantos", "cuantas", "how many", "how much", "combien", "quantos", "quantas", "كم"]
        case .what: [
            "que es", "en que consiste", "de que trata", "que hace", "como funciona", "explicame", "what is", "what are",
            "what does", "how does", "whats", "qu est ce que", "qu est ce qu", "c est quoi", "en quoi consiste",
            "comment fonctionne", "est ce que", "est ce qu", "est quoi", "what s", "que se entiende", "que significa",
            "what is meant", "what does it mean", "qu entend on", "entend on", "o que se entende", "o que significa", "o que e", "o que sao", "em que consiste", "o que faz", "ما هو", "ما هي", "ما هى",
            "كيف يعمل", "كيف تعمل", "ما المقصود"]
        }
    }

    /// The kinds in the order they are tried: "¿cuántos países…?" asks how many,
    /// not which countries; "¿qué países financian…?" asks who funds.
    static let precedence: [Asked] = [.howMany, .funds, .countries, .leads, .partners, .when, .whereAbouts, .what]

    /// What `folded` (the question's words folded and joined by single spaces,
    /// padded with a space at each end) asks for, if one of the cues is in it.
    static func reading(_ folded: String) -> Asked? {
        // Every run of the question's words, up to the longest cue, looked up: a cue
        // is "in" the question exactly when its words stand together there.
        let words = folded.split(separator: " ")
        var found = Set<Asked>()
        for start in words.indices {
            var phrase = ""
            for end in start..<min(words.count, start + longestCue) {
                phrase += (end == start ? "" : " ") + words[end]
                if let kinds = kindsByCue[phrase] { found.formUnion(kinds) }
            }
        }
        if let exact = precedence.first(where: found.contains) { return exact }
        // "qien finansia": a long one-word cue is still read through a typo.
        let long = words.map(String.init).filter { $0.count >= 6 }
        return precedence.first { asked in
            typoReadableCues[asked, default: []].contains { cue in long.contains { KnowledgeNames.alike($0, cue) } }
        }
    }

    /// Each folded cue phrase and the kinds it cues ("paga" cues funds only, "como" none).
    private static let kindsByCue: [String: Set<Asked>] = allCases.reduce(into: [:]) { table, asked in
        for cue in asked.cues { table[Folding.fold(cue), default: []].insert(asked) }
    }

    /// The most words in a cue.
    private static let longestCue = kindsByCue.keys.map { $0.split(separator: " ").count }.max() ?? 1

    /// The one-word cues of six letters or more, folded: those read through a typo.
    private static let typoReadableCues: [Asked: [String]] = Dictionary(uniqueKeysWithValues: allCases.map { asked in
        (asked, asked.cues.filter { !$0.contains(" ") && $0.count >= 6 }.map(Folding.fold))
    })

    /// The one-word cues and the question words, folded: words that say what is
    /// asked for and are never required in a passage. Words of longer cues ("trata"
    /// in "de qué trata") stay content words.
    static let cueWords: Set<String> = Set(
        (allCases.flatMap(\.cues).filter { !$0.contains(" ") } + questionWords).map(Folding.fold))

    /// Question words and conversational words of the five languages that carry no topic.
    static let questionWords = [
        "hola", "buenos", "buenas", "dias", "tardes", "hello", "hi", "bonjour", "bonsoir", "salut", "ola", "bom", "dia",
        "مرحبا", "gracias", "thanks", "merci", "obrigado", "obrigada",
        "quien", "quienes", "hace", "hacen", "sabes", "sabe", "conoces", "pone", "ponen", "cargo", "forman", "parte", "sale", "viene", "entiende", "significa", "cual", "cuales", "que", "como", "por", "dinero", "gente", "saber", "gustaria", "podrias",
        "puedes", "decirme", "dime", "quisiera", "quiero", "conocer", "firmo", "firmaron", "firmada", "firmado", "adopto",
        "adoptaron", "adoptada", "adoptado", "lanzo", "lanzada", "lanzado", "creo", "creada", "creado", "ano",
        "who", "what", "which", "how", "does", "do", "charge", "involved", "many", "much", "part", "put", "meant", "mean", "deal", "deals",
        "organisations", "organizations", "organizaciones", "documented", "documento", "documentou", "could", "would", "tell", "like", "know", "please", "signed", "adopted",
        "launched", "created", "established", "year", "date", "city", "place", "held",
        "qui", "quel", "quelle", "quels", "quelles", "comment", "pourriez", "pouvez", "dire", "savoir", "signe",
        "adopte", "lance", "cree", "annee", "ville", "lieu", "vous", "fait", "font", "savez", "entend", "mene", "existe",
        "quem", "qual", "quais", "como", "poderia", "pode", "dizer", "gostaria", "assinado", "assinada", "adotado",
        "adotada", "lancado", "lancada", "criado", "criada", "ano", "cidade", "lugar", "faz", "fazem", "existem", "sao",
        "من", "ما", "ماذا", "هل", "متى", "أين", "كيف", "كم", "تم", "التي", "الذي", "تفعل", "يفعل", "توجد", "يوجد",
        "مبادرات", "مبادرة", "بشأن", "عدد", "هي", "هو", "لمكافحة", "مكافحة", "المتعلقة", "يشملها", "تشمل",
    ]
}
