import PuenteSupport

/// The language of the client's own words (quoted knowledge keeps its own).
public enum ClientLanguage: String, Sendable, CaseIterable {
    case spanish = "es"
    case english = "en"
    case french = "fr"
    case portuguese = "pt"
    case arabic = "ar"

    /// The language a locale names: "fr", "FR", "pt_BR", "ar_MA.UTF-8", "en-GB";
    /// nil for any other language, and for "C" and "POSIX".
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        guard let language = ClientLanguage(rawValue: code) else { return nil }
        self = language
    }

    /// The language of the first locale variable set, as POSIX orders them
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; an empty one counts as unset):
    /// `fr_FR.UTF-8` gives French, `pt_BR` Portuguese, `ar_MA` Arabic. Spanish, the
    /// session's language, when that locale is none of the five or nothing is set.
    public static func from(environment: [String: String]) -> ClientLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return ClientLanguage(locale: locale) ?? .spanish
    }

    /// The language's name in itself: "español", "English", "français", "português", "العربية".
    public var name: String {
        switch self {
        case .spanish: "español"
        case .english: "English"
        case .french: "français"
        case .portuguese: "português"
        case .arabic: "العربية"
        }
    }

    /// Which of a slash command's two names its reader is offered first: the Spanish
    /// one in Spanish and Portuguese (its close neighbour), the English one otherwise.
    public var readsSpanishCommands: Bool { self == .spanish || self == .portuguese }
}

/// Every sentence the client writes, in its five languages, in one place.
///
/// Quotation marks are «» in Spanish, French (with no-break spaces inside),
/// Portuguese and Arabic, and “” in English. Arabic is written in logical order;
/// Latin syntax in an Arabic sentence (a slash command) is kept left to right by
/// an isolate, so that the bidi algorithm does not move its slash.
public struct ClientWords: Sendable {
    public var language: ClientLanguage
    public init(_ language: ClientLanguage) { self.language = language }

    /// The sentence in the client's language. French is written with ordinary spaces
    /// before ? ! : ; and inside « »; they become no-break spaces here.
    func say(es: String, en: String, fr: String, pt: String, ar: String) -> String {
        FiveLanguages.pick(language.rawValue, es: es, en: en, fr: fr, pt: pt, ar: ar)
    }

    /// A slash command by the name its reader is offered (`readsSpanishCommands`).
    func command(_ spanish: String, _ english: String) -> String {
        let name = language.readsSpanishCommands ? spanish : english
        return language == .arabic ? "\u{2066}\(name)\u{2069}" : name
    }

    /// "Fuentes:", "Sources :": a heading that introduces what follows it.
    public func heading(_ text: String) -> String {
        text + (language == .french ? FrenchSpacing.noBreakSpace + ":" : ":")
    }

    /// "región: África": a heading and its text on one line.
    public func labelled(_ heading: String, _ text: String) -> String {
        self.heading(heading) + " " + text
    }

    /// The separator of a list: ", ", or the Arabic comma.
    public var comma: String { language == .arabic ? "، " : ", " }

    /// Knowledge quoted in a reply: «…», “…”, « … ».
    public var quotes: (open: String, close: String) {
        switch language {
        case .english: ("“", "”")
        case .french: ("«" + FrenchSpacing.noBreakSpace, FrenchSpacing.noBreakSpace + "»")
        case .spanish, .portuguese, .arabic: ("«", "»")
        }
    }

    public var prompt: String { "puente> " }

    /// The REPL's first hint, with an example question from the session's knowledge when there is one.
    public func howToAsk(example: String?) -> String {
        let help = command("/ayuda", "/help")
        guard let example else {
            return say(es: "Escribe una pregunta o \(help). Tab completa; Ctrl-D sale.",
                       en: "Type a question or \(help). Tab completes; Ctrl-D quits.",
                       fr: "Tapez une question ou \(help). Tab complète ; Ctrl-D quitte.",
                       pt: "Digite uma pergunta ou \(help). Tab completa; Ctrl-D sai.",
                       ar: "اكتب سؤالًا أو \(help). يُكمل مفتاح Tab الكتابة، ويُنهي Ctrl-D الجلسة.")
        }
        return say(es: "Escribe una pregunta (por ejemplo: \(example)) o \(help). Tab completa; Ctrl-D sale.",
                   en: "Type a question (for example: \(example)) or \(help). Tab completes; Ctrl-D quits.",
                   fr: "Tapez une question (par exemple : \(example)) ou \(help). Tab complète ; Ctrl-D quitte.",
                   pt: "Digite uma pergunta (por exemplo: \(example)) ou \(help). Tab completa; Ctrl-D sai.",
                   ar: "اكتب سؤالًا (مثلًا: \(example)) أو \(help). يُكمل مفتاح Tab الكتابة، ويُنهي Ctrl-D الجلسة.")
    }

    /// What the client did on its own ("started puented on …"), told as it happened.
    public func started(_ what: String) -> String { "puente: \(what)" }

    public var sourcesHeading: String { say(es: "Fuentes", en: "Sources", fr: "Sources", pt: "Fontes", ar: "المصادر") }
    public var understoodHeading: String { say(es: "Entendí", en: "Understood", fr: "Compris", pt: "Entendi", ar: "ما فهمته") }

    public var relaxedNote: String {
        say(es: "Ninguna fuente reúne todas las palabras; muestro las que más se acercan.",
            en: "No source has every word; these come closest.",
            fr: "Aucune source ne contient tous les mots ; voici celles qui s'en approchent le plus.",
            pt: "Nenhuma fonte reúne todas as palavras; mostro as que mais se aproximam.",
            ar: "لا يضم أي مصدر كل الكلمات؛ أعرض أقربها إليها.")
    }

    public func filtersDropped(_ facet: String, _ labels: [String]) -> String {
        let list = labels.joined(separator: comma)
        let name = facetName(facet)
        return say(es: "Nada con \(name) \(list): muestro lo más cercano sin ese filtro.",
                   en: "Nothing with \(name) \(list): the closest without that filter.",
                   fr: "Rien avec \(name) \(list) : voici le plus proche sans ce filtre.",
                   pt: "Nada com \(name) \(list): mostro o mais próximo sem esse filtro.",
                   ar: "لا شيء مع \(name) \(list): أعرض الأقرب دون عامل التصفية هذا.")
    }

    public var followUpNote: String {
        say(es: "seguimiento de la pregunta anterior", en: "follow-up to the previous question",
            fr: "suite de la question précédente", pt: "continuação da pergunta anterior", ar: "متابعة للسؤال السابق")
    }

    public func facetName(_ facet: String) -> String {
        switch facet {
        case "region": say(es: "región", en: "region", fr: "région", pt: "região", ar: "المنطقة")
        case "modality": say(es: "modalidad", en: "modality", fr: "modalité", pt: "modalidade", ar: "نمط التعاون")
        case "theme": say(es: "tema", en: "theme", fr: "thème", pt: "tema", ar: "الموضوع")
        case "mechanism": say(es: "mecanismo", en: "mechanism", fr: "mécanisme", pt: "mecanismo", ar: "الآلية")
        default: facet
        }
    }

    public var outside: String { say(es: "fuera de", en: "not", fr: "sauf", pt: "fora de", ar: "باستثناء") }
    public var corrected: String { say(es: "corregido", en: "corrected", fr: "corrigé", pt: "corrigido", ar: "تصحيح") }
    public var added: String { say(es: "añadido", en: "added", fr: "ajouté", pt: "acrescentado", ar: "إضافة") }
    public var queryHeading: String { say(es: "Consulta", en: "Query", fr: "Requête", pt: "Consulta", ar: "الاستعلام") }
    public var suggestionsHeading: String { say(es: "Sugerencias", en: "Suggestions", fr: "Suggestions", pt: "Sugestões", ar: "اقتراحات") }

    /// "3 resultados", "1 résultat", "نتيجتان".
    public func results(_ total: Int) -> String {
        let arabic = switch total {
        case 1: "نتيجة واحدة"
        case 2: "نتيجتان"
        default: (3...10).contains(total % 100) ? "\(total) نتائج" : "\(total) نتيجة"
        }
        return say(es: "\(total) resultado\(total == 1 ? "" : "s")", en: "\(total) result\(total == 1 ? "" : "s")",
                   fr: "\(total) résultat\(total < 2 ? "" : "s")", pt: "\(total) resultado\(total == 1 ? "" : "s")", ar: arabic)
    }

    public var nothing: String {
        say(es: "Sin resultados.", en: "No results.", fr: "Aucun résultat.", pt: "Nenhum resultado.", ar: "لا توجد نتائج.")
    }

    public func unknownCommand(_ name: String, suggestion: String?) -> String {
        let help = command("/ayuda", "/help")
        let hint = suggestion.map {
            say(es: " ¿Quisiste decir \($0)?", en: " Did you mean \($0)?", fr: " Vouliez-vous dire \($0) ?",
                pt: " Queria dizer \($0)?", ar: " هل تقصد \u{2066}\($0)\u{2069}؟")
        } ?? ""
        return say(es: "Comando desconocido: \(name).\(hint) Escribe \(help) para ver los comandos.",
                   en: "Unknown command: \(name).\(hint) Type \(help) for the commands.",
                   fr: "Commande inconnue : \(name).\(hint) Tapez \(help) pour voir les commandes.",
                   pt: "Comando desconhecido: \(name).\(hint) Digite \(help) para ver os comandos.",
                   ar: "أمر غير معروف: \u{2066}\(name)\u{2069}.\(hint) اكتب \(help) لعرض الأوامر.")
    }

    public func needsArgument(_ command: String, _ argument: String) -> String {
        say(es: "\(command) necesita \(argument).", en: "\(command) needs \(argument).", fr: "\(command) attend \(argument).",
            pt: "\(command) precisa de \(argument).", ar: "يحتاج \u{2066}\(command)\u{2069} إلى \(argument).")
    }

    public var commandsHeading: String { heading(say(es: "Comandos", en: "Commands", fr: "Commandes", pt: "Comandos", ar: "الأوامر")) }

    public var contextEmpty: String {
        say(es: "Sin contexto: la próxima pregunta empieza de cero.", en: "No context: the next question starts afresh.",
            fr: "Aucun contexte : la prochaine question repart de zéro.", pt: "Sem contexto: a próxima pergunta começa do zero.",
            ar: "لا يوجد سياق: يبدأ السؤال التالي من جديد.")
    }

    public var contextHeading: String {
        heading(say(es: "Contexto de la conversación", en: "Conversation context", fr: "Contexte de la conversation",
                    pt: "Contexto da conversa", ar: "سياق المحادثة"))
    }

    public var forgotten: String {
        say(es: "Listo: empezamos de nuevo.", en: "Done: starting afresh.", fr: "C'est fait : on repart de zéro.",
            pt: "Pronto: recomeçamos.", ar: "تم: نبدأ من جديد.")
    }

    /// Said in the language just chosen.
    public func languageSet(_ language: ClientLanguage) -> String {
        ClientWords(language).labelled(ClientWords(language).say(es: "Idioma", en: "Language", fr: "Langue", pt: "Idioma", ar: "اللغة"),
                                       language.name + ".")
    }

    /// `/idioma` with no argument: the choices.
    public var languageChoices: String {
        let usage = command("/idioma", "/lang") + " " + ClientLanguage.allCases.map(\.rawValue).joined(separator: "|")
        let names = ClientLanguage.allCases.map { "\($0.rawValue) \($0.name)" }.joined(separator: comma)
        return labelled(say(es: "Idiomas", en: "Languages", fr: "Langues", pt: "Idiomas", ar: "اللغات"),
                        (language == .arabic ? "\u{2066}\(usage)\u{2069}" : usage) + " (\(names))")
    }

    /// `/idioma de`: what was typed, quoted, and what is accepted.
    public func unknownLanguage(_ typed: String) -> String {
        let command = command("/idioma", "/lang")
        let codes = ClientLanguage.allCases.map(\.rawValue)
        let listed = codes.dropLast().joined(separator: ", ")
        return say(es: "No conozco el idioma «\(typed)»; \(command) acepta \(listed) o \(codes.last!).",
                   en: "Unknown language “\(typed)”; \(command) accepts \(listed) or \(codes.last!).",
                   fr: "Langue inconnue « \(typed) » ; \(command) accepte \(listed) ou \(codes.last!).",
                   pt: "Idioma desconhecido «\(typed)»; \(command) aceita \(listed) ou \(codes.last!).",
                   ar: "لغة غير معروفة «\(typed)»؛ يقبل \(command) القيم \u{2066}\(codes.joined(separator: ", "))\u{2069}.")
    }

    public func json(_ on: Bool) -> String {
        on ? say(es: "Salida JSON activada.", en: "JSON output on.", fr: "Sortie JSON activée.", pt: "Saída JSON ativada.", ar: "تم تفعيل إخراج JSON.")
           : say(es: "Salida JSON desactivada.", en: "JSON output off.", fr: "Sortie JSON désactivée.", pt: "Saída JSON desativada.", ar: "تم إيقاف إخراج JSON.")
    }

    public var historyOff: String {
        say(es: "puente: no se puede escribir el historial; sigue sin guardarse.",
            en: "puente: cannot write the history; it is no longer saved.",
            fr: "puente : impossible d'écrire l'historique ; il n'est plus enregistré.",
            pt: "puente: não é possível gravar o histórico; ele deixa de ser salvo.",
            ar: "puente: تتعذر كتابة السجل؛ لن يُحفظ بعد الآن.")
    }

    public func reloaded(_ version: String, _ documents: Int, _ milliseconds: Int) -> String {
        say(es: "Conocimiento recargado: \(version), \(documents) pasajes, \(milliseconds) ms.",
            en: "Knowledge reloaded: \(version), \(documents) passages, \(milliseconds) ms.",
            fr: "Connaissances rechargées : \(version), \(documents) passages, \(milliseconds) ms.",
            pt: "Conhecimento recarregado: \(version), \(documents) trechos, \(milliseconds) ms.",
            ar: "أُعيد تحميل المعارف: \(version)، عدد المقاطع \(documents)، \(milliseconds) مللي ثانية.")
    }

    /// An error as scripts and logs read it: in English, like every error message.
    public func error(_ error: ClientError) -> String { "puente: " + error.description }

    /// Said when the conversation so far was lost and nothing of it could be resent.
    public var conversationForgotten: String {
        say(es: "(No recuerdo lo que hablamos antes: esta pregunta empieza una conversación nueva.)",
            en: "(I no longer remember what we said before: this question starts a new conversation.)",
            fr: "(Je ne me souviens plus de ce que nous avons dit : cette question commence une nouvelle conversation.)",
            pt: "(Já não me lembro do que falámos antes: esta pergunta começa uma nova conversa.)",
            ar: "(لم أعد أتذكر ما تحدثنا عنه سابقًا؛ يبدأ هذا السؤال محادثة جديدة.)")
    }

    public var abandoned: String {
        say(es: "(Pregunta abandonada.)", en: "(Question abandoned.)", fr: "(Question abandonnée.)", pt: "(Pergunta abandonada.)", ar: "(تم التخلي عن السؤال.)")
    }

    public var goodbye: String { say(es: "Hasta luego.", en: "Goodbye.", fr: "Au revoir.", pt: "Até logo.", ar: "إلى اللقاء.") }
}
