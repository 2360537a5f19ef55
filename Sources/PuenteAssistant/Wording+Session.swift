import Foundation
import PuenteKnowledge

extension Wording {
    /// Help: the session's title and its example questions, from `session.yaml`.
    /// The words it offers (brief, coverage…) are ones the assistant reads in any language.
    func helpText(_ session: Session) -> String {
        let title = quoted(session.title.text(in: code))
        let examples = session.examples.map { "  · " + $0.text(in: code) }.joined(separator: "\n")
        return say(
            es: """
            Soy el asistente de la sesión \(title).
            Pregúntame en español, inglés, francés, portugués o árabe, por ejemplo:
            \(examples)
            También: brief (nota para el moderador), cobertura (vacíos por tema, región y modalidad), olvida (empezar de nuevo).
            """,
            en: """
            I am the assistant of the session \(title).
            Ask me in English, Spanish, French, Portuguese or Arabic, for example:
            \(examples)
            Also: brief (the moderator brief), coverage (gaps by theme, region and modality), reset (start again).
            """,
            fr: """
            Je suis l'assistant de la session \(title).
            Posez-moi vos questions en français, en espagnol, en anglais, en portugais ou en arabe, par exemple :
            \(examples)
            Aussi : brief (la note pour le modérateur), coverage (les lacunes par thème, région et modalité), reset (recommencer).
            """,
            pt: """
            Sou o assistente da sessão \(title).
            Pergunte-me em português, espanhol, inglês, francês ou árabe, por exemplo:
            \(examples)
            Também: brief (a nota para o moderador), cobertura (lacunas por tema, região e modalidade), reset (recomeçar).
            """,
            ar: """
            أنا مساعد جلسة \(title).
            اسألني بالعربية أو الإسبانية أو الإنجليزية أو الفرنسية أو البرتغالية، مثلًا:
            \(examples)
            وأيضًا: brief (مذكرة مدير الجلسة)، coverage (الثغرات حسب الموضوع والمنطقة ونمط التعاون)، reset (البدء من جديد).
            """)
    }

    var resetText: String {
        say(es: "Listo: olvidé los filtros y el tema. ¿Sobre qué quieres preguntar?",
            en: "Done: filters and topic cleared. What would you like to ask about?",
            fr: "C'est fait : j'ai oublié les filtres et le thème. Sur quoi voulez-vous poser une question ?",
            pt: "Pronto: esqueci os filtros e o tema. Sobre o que quer perguntar?",
            ar: "تم: نسيت عوامل التصفية والموضوع. عمّ تريد أن تسأل؟")
    }

    func when(_ session: Session) -> String {
        let day = Self.dayName(session.date, language: language)
        // The time zone is said by its place, not its identifier ("Africa/Casablanca" is for scripts).
        let (start, end, city, country) = (session.start, session.end, session.city.text(in: code), session.country.text(in: code))
        // Portuguese weekdays are feminine ("na quinta-feira") but for "no sábado" and "no domingo".
        let on = day.hasPrefix("sábado") || day.hasPrefix("domingo") ? "no" : "na"
        return say(
            es: "La sesión es el \(day) de \(start) a \(end), hora local, en \(city) (\(country)).",
            en: "The session is on \(day), from \(start) to \(end) local time, in \(city) (\(country)).",
            fr: "La session a lieu le \(day), de \(start) à \(end), heure locale, à \(city) (\(country)).",
            pt: "A sessão é \(on) \(day), das \(start) às \(end), hora local, em \(city) (\(country)).",
            ar: "تُعقد الجلسة يوم \(day) من الساعة \(start) إلى الساعة \(end) بالتوقيت المحلي، في \(city) (\(country)).")
    }

    /// "La sesión dura 1 h 45 min." from its start and end times; nil-free: when a
    /// time is not "HH:MM" the sentence gives the two times as written.
    func duration(_ session: Session) -> String {
        let minutes = { (time: String) -> Int? in
            let parts = time.split(separator: ":").compactMap { Int($0) }
            return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
        }
        guard let start = minutes(session.start), let end = minutes(session.end), end > start else { return when(session) }
        let (hours, rest) = ((end - start) / 60, (end - start) % 60)
        let length = hours == 0 ? "\(rest) min" : rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
        let (from, to) = (session.start, session.end)
        return say(
            es: "La sesión dura \(length), de \(from) a \(to).",
            en: "The session lasts \(length), from \(from) to \(to).",
            fr: "La session dure \(length), de \(from) à \(to).",
            pt: "A sessão dura \(length), das \(from) às \(to).",
            ar: "تستغرق الجلسة \(Self.arabicLength(hours: hours, minutes: rest))، من الساعة \(from) إلى الساعة \(to).")
    }

    /// "ساعة و45 دقيقة": Arabic counts one and two hours with the noun alone.
    private static func arabicLength(hours: Int, minutes: Int) -> String {
        let hourPart = switch hours { case 0: ""; case 1: "ساعة"; case 2: "ساعتين"; default: "\(hours) ساعات" }
        let minutePart = minutes == 0 ? "" : "\(minutes) دقيقة"
        return [hourPart, minutePart].filter { !$0.isEmpty }.joined(separator: " و")
    }

    func whereAbouts(_ session: Session) -> String {
        let country = session.country.text(in: code)
        let conference = session.conference.text(in: code)
        let (venue, city) = (session.venue, session.city.text(in: code))
        // The venue is the conference's: no source places this session in it or names its room.
        return say(
            es: "En \(city) (\(country)), dentro de la \(conference), que se celebra en el \(venue); ninguna fuente indica la sala de la sesión.",
            en: "In \(city) (\(country)), as part of the \(conference), held at the \(venue); no source gives the session's room.",
            fr: "À \(city) (\(country)), dans le cadre de la \(conference), qui se tient au \(venue) ; aucune source n'indique la salle de la session.",
            pt: "Em \(city) (\(country)), no âmbito da \(conference), que decorre no \(venue); nenhuma fonte indica a sala da sessão.",
            ar: "في \(city) (\(country))، ضمن أعمال \(conference) التي تُعقد في \(venue)؛ ولا يذكر أي مصدر قاعة الجلسة.")
    }

    /// The questions the session will address, their topics first in one sentence
    /// when the knowledge gives them.
    func what(_ session: Session) -> String {
        let title = quoted(session.title.text(in: code))
        let questions = session.questions.enumerated().map { "  \($0.offset + 1). " + $0.element.text.text(in: code) }
        let topics = session.questions.compactMap { $0.topic?.text(in: code) }
        let count = session.questions.count
        let heading: String
        if topics.count == count, count > 0 {
            let list = join(topics)
            heading = say(
                es: "La sesión \(title) tratará \(count) preguntas, sobre \(list):",
                en: "The session \(title) will address \(count) questions, on \(list):",
                fr: "La session \(title) abordera \(count) questions, sur \(list) :",
                pt: "A sessão \(title) vai abordar \(count) questões, sobre \(list):",
                ar: "ستتناول جلسة \(title) \(count) أسئلة حول \(list):")
        } else {
            heading = say(
                es: "La sesión \(title) tratará estas preguntas:",
                en: "The session \(title) will address these questions:",
                fr: "La session \(title) abordera les questions suivantes :",
                pt: "A sessão \(title) vai abordar estas questões:",
                ar: "ستتناول جلسة \(title) الأسئلة التالية:")
        }
        return ([heading] + questions).joined(separator: "\n")
    }

    func listHeading(_ kind: Vocabulary.Kind, count: Int) -> String {
        let (es, en, fr, pt, ar): (String, String, String, String, String) = switch kind {
        case .theme: ("Temas", "Themes", "Thèmes", "Temas", "الموضوعات")
        case .region: ("Regiones", "Regions", "Régions", "Regiões", "المناطق")
        case .modality: ("Modalidades", "Modalities", "Modalités", "Modalidades", "أنماط التعاون")
        case .mechanism: ("Mecanismos", "Mechanisms", "Mécanismes", "Mecanismos", "الآليات")
        }
        // "cada uno" and "chacun" agree with the kind: themes and mechanisms are masculine.
        let masculine = kind == .theme || kind == .mechanism
        return say(
            es: "\(es) (\(count)), con el número de iniciativas de cada \(masculine ? "uno" : "una"):",
            en: "\(en) (\(count)), with the number of initiatives for each:",
            fr: "\(fr) (\(count)), avec le nombre d'initiatives pour \(masculine ? "chacun" : "chacune") :",
            pt: "\(pt) (\(count)), com o número de iniciativas de cada \(masculine ? "um" : "uma"):",
            ar: "\(ar) (\(count))، مع عدد المبادرات في كل منها:")
    }

    func initiativeLead(_ record: Initiative) -> String {
        let name = record.name.isEmpty ? record.id : record.name.text(in: code)
        return name + (record.acronym.map { " (\($0))" } ?? "") + " — " + record.period
    }

    func initiativeFacets(_ record: Initiative) -> String {
        let regions = join(record.regions.map { label(.region, $0) })
        let modalities = join(record.modalities.map { label(.modality, $0) })
        return say(
            es: "Regiones: \(regions). Modalidades: \(modalities).",
            en: "Regions: \(regions). Modalities: \(modalities).",
            fr: "Régions : \(regions). Modalités : \(modalities).",
            pt: "Regiões: \(regions). Modalidades: \(modalities).",
            ar: "المناطق: \(regions). أنماط التعاون: \(modalities).")
    }

    var factsHeading: String { say(es: "Hechos", en: "Facts", fr: "Faits", pt: "Fatos", ar: "الوقائع") }
    var pointsHeading: String {
        say(es: "Puntos de conversación", en: "Talking points", fr: "Points de discussion", pt: "Pontos de discussão", ar: "نقاط للنقاش")
    }

    /// The session's day in the reply's language: "jueves 12 de febrero de 2026".
    func day(_ isoDate: String) -> String { Self.dayName(isoDate, language: language) }

    /// "jueves 12 de febrero de 2026" / "Thursday 12 February 2026".
    static func dayName(_ isoDate: String, spanish: Bool) -> String {
        dayName(isoDate, language: spanish ? .spanish : .english)
    }

    /// "jueves 12 de febrero de 2026", "Thursday 12 February 2026", "jeudi 12 février 2026",
    /// "quinta-feira, 12 de fevereiro de 2026", "الخميس 12 فبراير 2026"; the text as
    /// given when it is not an ISO date.
    static func dayName(_ isoDate: String, language: ReplyLanguage) -> String {
        let parts = isoDate.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return isoDate }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return isoDate }
        let (year, month, day) = (parts[0], parts[1] - 1, parts[2])
        let weekday = calendar.component(.weekday, from: date) - 1
        switch language {
        case .spanish:
            return "\(spanishDays[weekday]) \(day) de \(spanishMonths[month]) de \(year)"
        case .english:
            return "\(englishDays[weekday]) \(day) \(englishMonths[month]) \(year)"
        case .french:
            return "\(frenchDays[weekday]) \(day == 1 ? "1er" : "\(day)") \(frenchMonths[month]) \(year)"
        case .portuguese:
            return "\(portugueseDays[weekday]), \(day) de \(portugueseMonths[month]) de \(year)"
        case .arabic:
            return "\(arabicDays[weekday]) \(day) \(arabicMonths[month]) \(year)"
        }
    }

    private static let spanishDays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
    private static let englishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let frenchDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
    private static let portugueseDays = ["domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"]
    private static let arabicDays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
    private static let spanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    private static let portugueseMonths = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
    /// The month names of Egypt and the Gulf, which Arabic readers everywhere recognise
    /// (the Maghreb's French-derived and the Levant's Syriac names are regional).
    private static let arabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
}
