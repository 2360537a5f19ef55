import Foundation
import PuenteKnowledge

extension Wording {
    var contextHeading: String { say("brief_context_heading") }
    /// Under the context heading of a brief not in Spanish: the lines below are the note's own.
    var contextQuotedNote: String {
        say("brief_context_note")
    }
    var questionsHeading: String {
        say("brief_questions_heading")
    }
    var illustratingHeading: String {
        say("brief_illustrating_heading")
    }
    var coverageHeading: String {
        say("coverage_heading")
    }
    var themeColumn: String { say("coverage_theme_column") }
    var singleHeading: String {
        say("coverage_single_heading")
    }
    var gapsHeading: String { say("coverage_gaps_heading") }

    /// "**Fecha:** jueves 12 de febrero de 2026 · **Hora:** 14:30–16:15 …".
    func briefHeader(_ session: Session) -> String {
        let conference = session.conference.text(in: code)
        let country = session.country.text(in: code)
        let day = self.day(session.date)
        let time = "\(session.start)–\(session.end) (\(session.timeZone))"
        let when = say("brief_when", ["day": day, "time": time])
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
        let modality = label(.modality, cell.modality)
        let theme = label(.theme, cell.theme)
        let region = label(.region, cell.region)
        return say("coverage_single_cell", ["record": record, "modality": modality, "theme": theme, "region": region])
    }

    /// "ninguna iniciativa de cooperación triangular sobre cadenas de suministro en: Asia y el Pacífico, …".
    func gap(theme: String, modality: String, regions: [String]) -> String {
        let places = regions.map { label(.region, $0) }.joined(separator: ", ")
        let (kind, topic) = (label(.modality, modality), label(.theme, theme))
        return say("coverage_gap", ["kind": kind, "topic": topic, "places": places])
    }
}
