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
    var illustratingHeading: String {
        say(es: "Iniciativas que lo ilustran", en: "Initiatives that illustrate it", fr: "Initiatives qui l'illustrent",
            pt: "Iniciativas que o ilustram", ar: "مبادرات توضح ذلك")
    }
    var coverageHeading: String {
        say(es: "Cobertura de la base de conocimiento", en: "Coverage of the knowledge base", fr: "Couverture de la base de connaissances",
            pt: "Cobertura da base de conhecimento", ar: "تغطية قاعدة المعارف")
    }
    var themeColumn: String { say(es: "Tema", en: "Theme", fr: "Thème", pt: "Tema", ar: "الموضوع") }
    var singleHeading: String {
        say(es: "Celdas con una sola iniciativa", en: "Cells held by a single initiative", fr: "Cases tenues par une seule initiative",
            pt: "Células com uma só iniciativa", ar: "خانات لا تضم إلا مبادرة واحدة")
    }
    var gapsHeading: String { say(es: "Vacíos", en: "Gaps", fr: "Lacunes", pt: "Lacunas", ar: "الثغرات") }

    /// "**Fecha:** jueves 12 de febrero de 2026 · **Hora:** 14:30–16:15 …".
    func briefHeader(_ session: Session) -> String {
        let conference = session.conference.text(in: code)
        let country = session.country.text(in: code)
        let day = self.day(session.date)
        let time = "\(session.start)–\(session.end) (\(session.timeZone))"
        let when = say(
            es: "**Fecha:** \(day) · **Hora:** \(time)", en: "**Date:** \(day) · **Time:** \(time)",
            fr: "**Date :** \(day) · **Heure :** \(time)", pt: "**Data:** \(day) · **Hora:** \(time)",
            ar: "**التاريخ:** \(day) · **الساعة:** \(time)")
        // The venue is the conference's, not a room of this session.
        return "\(conference) (\(session.venue)) · \(session.city.text(in: code)) (\(country))\n\n\(when)"
    }

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
        return say(es: "solo `\(record)` cubre la \(modality) sobre \(theme) en \(region)",
                   en: "only `\(record)` covers \(modality) on \(theme) in \(region)",
                   fr: "seule `\(record)` couvre \(modality) sur \(theme) en \(region)",
                   pt: "só `\(record)` cobre \(modality) sobre \(theme) em \(region)",
                   ar: "وحدها `\(record)` تغطي \(modality) بشأن \(theme) في \(region)")
    }

    /// "ninguna iniciativa de cooperación triangular sobre cadenas de suministro en: Asia y el Pacífico, …".
    func gap(theme: String, modality: String, regions: [String]) -> String {
        let places = regions.map { label(.region, $0) }.joined(separator: ", ")
        let (kind, topic) = (label(.modality, modality), label(.theme, theme))
        return say(es: "ninguna iniciativa de \(kind) sobre \(topic) en: \(places)",
                   en: "no initiative of \(kind) on \(topic) in: \(places)",
                   fr: "aucune initiative de \(kind) sur \(topic) en : \(places)",
                   pt: "nenhuma iniciativa de \(kind) sobre \(topic) em: \(places)",
                   ar: "لا مبادرة من \(kind) بشأن \(topic) في: \(places)")
    }
}
