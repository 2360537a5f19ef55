import PuenteKnowledge

extension Wording {
    var contextHeading: String { isSpanish ? "Contexto" : "Context" }
    var questionsHeading: String { isSpanish ? "Preguntas orientadoras" : "Guiding questions" }
    var illustratingHeading: String { isSpanish ? "Iniciativas que lo ilustran" : "Initiatives that illustrate it" }
    var coverageHeading: String { isSpanish ? "Cobertura de la base de conocimiento" : "Coverage of the knowledge base" }
    var themeColumn: String { isSpanish ? "Tema" : "Theme" }
    var singleHeading: String { isSpanish ? "Celdas con una sola iniciativa" : "Cells held by a single initiative" }
    var gapsHeading: String { isSpanish ? "Vacíos" : "Gaps" }

    /// "**Fecha:** jueves 12 de febrero de 2026 · **Hora:** 14:30–16:15 …".
    func briefHeader(_ session: Session) -> String {
        let conference = session.conference[code] ?? session.conference["es"] ?? ""
        let country = session.country[code] ?? session.country["es"] ?? ""
        let day = Self.dayName(session.date, spanish: isSpanish)
        return isSpanish
            ? "\(conference) · \(session.venue), \(session.city) (\(country))\n\n**Fecha:** \(day) · **Hora:** \(session.start)–\(session.end) (\(session.timeZone))"
            : "\(conference) · \(session.venue), \(session.city) (\(country))\n\n**Date:** \(day) · **Time:** \(session.start)–\(session.end) (\(session.timeZone))"
    }

    /// "Name — África; cooperación Sur–Sur".
    func initiativeLine(_ record: Initiative) -> String {
        let name = record.name[code] ?? record.name["es"] ?? record.id
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
