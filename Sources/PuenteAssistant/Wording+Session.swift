import Foundation
import PuenteKnowledge

extension Wording {
    /// Help: the session's title and its example questions, from `session.yaml`.
    func helpText(_ session: Session) -> String {
        let title = session.title.text(in: code)
        let examples = session.examples.map { "  · " + $0.text(in: code) }
        return isSpanish ? """
        Soy el asistente de la sesión «\(title)».
        Pregúntame en español o en inglés, por ejemplo:
        \(examples.joined(separator: "\n"))
        También: brief (nota para el moderador), cobertura (vacíos por tema, región y modalidad), olvida (empezar de nuevo).
        """ : """
        I am the assistant of the session “\(title)”.
        Ask me in English or Spanish, for example:
        \(examples.joined(separator: "\n"))
        Also: brief (the moderator brief), coverage (gaps by theme, region and modality), reset (start again).
        """
    }

    var resetText: String {
        isSpanish ? "Listo: olvidé los filtros y el tema. ¿Sobre qué quieres preguntar?" : "Done: filters and topic cleared. What would you like to ask about?"
    }

    func when(_ session: Session) -> String {
        let day = Self.dayName(session.date, spanish: isSpanish)
        return isSpanish
            ? "La sesión es el \(day) de \(session.start) a \(session.end) (hora local, \(session.timeZone)), en \(session.city)."
            : "The session is on \(day), from \(session.start) to \(session.end) (local time, \(session.timeZone)), in \(session.city)."
    }

    func whereAbouts(_ session: Session) -> String {
        let country = session.country[code] ?? session.country["es"] ?? ""
        let conference = session.conference[code] ?? session.conference["es"] ?? ""
        return isSpanish
            ? "En \(session.venue), \(session.city) (\(country)), dentro de la \(conference)."
            : "At the \(session.venue), \(session.city) (\(country)), as part of the \(conference)."
    }

    func what(_ session: Session) -> String {
        let title = session.title[code] ?? session.title["es"] ?? ""
        let questions = session.questions.enumerated().map { "  \($0.offset + 1). " + ($0.element.text[code] ?? $0.element.text["es"] ?? "") }
        let heading = isSpanish ? "La sesión «\(title)» tratará estas preguntas:" : "The session “\(title)” will address these questions:"
        return ([heading] + questions).joined(separator: "\n")
    }

    func listHeading(_ kind: Vocabulary.Kind, count: Int) -> String {
        let names: [Vocabulary.Kind: (String, String)] = [
            .theme: ("Temas", "Themes"), .region: ("Regiones", "Regions"),
            .modality: ("Modalidades", "Modalities"), .mechanism: ("Mecanismos", "Mechanisms"),
        ]
        let name = isSpanish ? names[kind]!.0 : names[kind]!.1
        return isSpanish ? "\(name) (\(count)), con el número de iniciativas de cada uno:" : "\(name) (\(count)), with the number of initiatives for each:"
    }

    func initiativeLead(_ record: Initiative) -> String {
        let name = record.name[code] ?? record.name["es"] ?? record.id
        return name + (record.acronym.map { " (\($0))" } ?? "") + " — " + record.period
    }

    func initiativeFacets(_ record: Initiative) -> String {
        let regions = join(record.regions.map { label(.region, $0) })
        let modalities = join(record.modalities.map { label(.modality, $0) })
        return isSpanish ? "Regiones: \(regions). Modalidades: \(modalities)." : "Regions: \(regions). Modalities: \(modalities)."
    }

    var factsHeading: String { isSpanish ? "Hechos" : "Facts" }
    var pointsHeading: String { isSpanish ? "Puntos de conversación" : "Talking points" }

    /// "jueves 12 de febrero de 2026" / "Thursday 12 February 2026".
    static func dayName(_ isoDate: String, spanish: Bool) -> String {
        let parts = isoDate.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return isoDate }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return isoDate }
        let weekday = calendar.component(.weekday, from: date)
        let spanishDays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
        let englishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let spanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return spanish
            ? "\(spanishDays[weekday - 1]) \(parts[2]) de \(spanishMonths[parts[1] - 1]) de \(parts[0])"
            : "\(englishDays[weekday - 1]) \(parts[2]) \(englishMonths[parts[1] - 1]) \(parts[0])"
    }
}
