import Foundation
import PuenteKnowledge

extension Wording {
    var contextHeading: String { say(es: "Contexto", en: "Context", fr: "Contexte", pt: "Contexto", ar: "السياق") }
    /// Under the context heading of a brief not in Spanish: the lines below are the note's own.
    var contextQuotedNote: String {
        say(es: "*Citado de la nota conceptual, redactada en español.*",
            en: "*Quoted from the concept note, which is written in Spanish.*",
            fr: "*Extraits de la note conceptuelle, rédigée en espagnol.*",
            pt: "*Citado da nota conceitual, redigida em espanhol.*",
            ar: "*مقتطفات من المذكرة المفاهيمية المحررة باللغة الإسبانية.*")
    }
    var questionsHeading: String {
        say(es: "Preguntas orientadoras", en: "Guiding questions", fr: "Questions directrices", pt: "Perguntas orientadoras", ar: "الأسئلة التوجيهية")
    }
    /// The brief's heading over a question's points (`pointsHeading` in the brief's five languages).
    var briefPointsHeading: String {
        say(es: "Puntos de conversación", en: "Talking points", fr: "Points de discussion", pt: "Pontos de conversa", ar: "نقاط للنقاش")
    }
    var illustratingHeading: String {
        say(es: "Iniciativas que lo ilustran", en: "Initiatives that illustrate it", fr: "Initiatives qui l'illustrent",
            pt: "Iniciativas que o ilustram", ar: "مبادرات توضح ذلك")
    }
    /// The brief's heading over its sources (`sourcesHeading` in the brief's five languages).
    var briefSourcesHeading: String { say(es: "Fuentes", en: "Sources", fr: "Sources", pt: "Fontes", ar: "المصادر") }
    var coverageHeading: String { isSpanish ? "Cobertura de la base de conocimiento" : "Coverage of the knowledge base" }
    var themeColumn: String { isSpanish ? "Tema" : "Theme" }
    var singleHeading: String { isSpanish ? "Celdas con una sola iniciativa" : "Cells held by a single initiative" }
    var gapsHeading: String { isSpanish ? "Vacíos" : "Gaps" }

    /// "**Fecha:** jueves 12 de febrero de 2026 · **Hora:** 14:30–16:15 …".
    func briefHeader(_ session: Session) -> String {
        let conference = session.conference.text(in: code)
        let country = session.country.text(in: code)
        let day = sessionDay(session.date)
        let time = "\(session.start)–\(session.end) (\(session.timeZone))"
        let when = say(
            es: "**Fecha:** \(day) · **Hora:** \(time)", en: "**Date:** \(day) · **Time:** \(time)",
            fr: "**Date :** \(day) · **Heure :** \(time)", pt: "**Data:** \(day) · **Hora:** \(time)",
            ar: "**التاريخ:** \(day) · **الساعة:** \(time)")
        return "\(conference) · \(session.venue), \(session.city) (\(country))\n\n\(when)"
    }

    /// "jeudi 12 février 2026": the session's day in the reply's language; Spanish
    /// and English as the rest of the replies write it (`dayName`).
    func sessionDay(_ isoDate: String) -> String {
        guard let (days, months) = Self.calendarNames[language] else { return Self.dayName(isoDate, spanish: isSpanish) }
        let parts = isoDate.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, months.indices.contains(parts[1] - 1) else { return isoDate }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return isoDate }
        let (day, month, year) = (days[calendar.component(.weekday, from: date) - 1], months[parts[1] - 1], parts[0])
        return language == .portuguese ? "\(day), \(parts[2]) de \(month) de \(year)" : "\(day) \(parts[2]) \(month) \(year)"
    }

    /// Weekdays from Sunday and months from January, for the languages `dayName`
    /// does not write. Arabic month names are those of the UN's and the ILO's
    /// Arabic documents (يناير, فبراير…), from language knowledge.
    private static let calendarNames: [ReplyLanguage: (days: [String], months: [String])] = [
        .french: (["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
                  ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
        .portuguese: (["domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"],
                      ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]),
        .arabic: (["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
                  ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]),
    ]

    /// "Name — África; cooperación Sur–Sur".
    func initiativeLine(_ record: Initiative) -> String {
        let name = record.name.text(in: code)
        let regions = record.regions.map { label(.region, $0) }.joined(separator: ", ")
        let modalities = record.modalities.map { label(.modality, $0) }.joined(separator: ", ")
        return "\(name) — \(regions); \(modalities)"
    }

    /// "solo «X» cubre la cooperación Sur–Sur sobre migración laboral en África".
    func singleCell(_ cell: Coverage.Cell) -> String {
        let record = cell.initiatives.first ?? ""
        let modality = label(.modality, cell.modality), theme = label(.theme, cell.theme), region = label(.region, cell.region)
        return isSpanish
            ? "solo `\(record)` cubre la \(modality) sobre \(theme) en \(region)"
            : "only `\(record)` covers \(modality) on \(theme) in \(region)"
    }

    /// "ninguna iniciativa de cooperación triangular sobre cadenas de suministro en: Asia y el Pacífico, …".
    func gap(theme: String, modality: String, regions: [String]) -> String {
        let places = regions.map { label(.region, $0) }.joined(separator: ", ")
        return isSpanish
            ? "ninguna iniciativa de \(label(.modality, modality)) sobre \(label(.theme, theme)) en: \(places)"
            : "no initiative of \(label(.modality, modality)) on \(label(.theme, theme)) in: \(places)"
    }
}
