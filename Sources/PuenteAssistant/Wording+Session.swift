import Foundation
import PuenteIndex
import PuenteKnowledge
import PuenteSupport

extension Wording {
    /// Help: the session's title and its example questions, from `session.yaml`.
    /// The words it offers (brief, coverage…) are ones the assistant reads in any language.
    func helpText(_ session: Session) -> String {
        let title = quoted(session.title.text(in: code))
        let examples = session.examples.map { "  · " + $0.text(in: code) }.joined(separator: "\n")
        return say("help", ["title": title, "examples": examples])
    }

    var resetText: String {
        say("reset_done")
    }

    func when(_ session: Session) -> String {
        // The time zone is said by its place, not its identifier ("Africa/Casablanca" is for scripts).
        say(
            "session_when",
            [
                "day": day(session.date), "start": session.start, "end": session.end,
                "city": session.city.text(in: code), "country": session.country.text(in: code),
            ])
    }

    /// "La sesión se desarrolla en español.": the session's working language named, by
    /// Foundation's CLDR, in the reader's language.
    func language(_ session: Session) -> String {
        let name = Locale(identifier: code).localizedString(forLanguageCode: session.language) ?? session.language
        return say("session_language", ["language": name])
    }

    /// "La sesión dura 1 h 45 min." from its start and end times; nil-free: when a
    /// time is not "HH:MM" the sentence gives the two times as written.
    func duration(_ session: Session) -> String {
        let minutes = { (time: String) -> Int? in
            let parts = time.split(separator: ":").compactMap { Int($0) }
            return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
        }
        guard let start = minutes(session.start), let end = minutes(session.end), end > start else {
            return when(session)
        }
        let (hours, rest) = ((end - start) / 60, (end - start) % 60)
        let hourPart = say("duration_hours", count: hours)
        let minutePart = say("duration_minutes", count: rest)
        let length =
            hours == 0
            ? minutePart
            : rest == 0
                ? hourPart
                : say("duration_hours_and_minutes", ["hours": hourPart, "minutes": minutePart])
        return say("session_duration", ["length": length, "from": session.start, "to": session.end])
    }

    func whereAbouts(_ session: Session) -> String {
        let country = session.country.text(in: code)
        let conference = session.conference.text(in: code)
        let (venue, city) = (session.venue, session.city.text(in: code))
        // The venue is the conference's: no source places this session in it or names its room.
        return say("session_where", ["city": city, "country": country, "conference": conference, "venue": venue])
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
            heading = say("session_questions_on", ["title": title, "count": count, "list": list])
        } else {
            heading = say("session_questions", ["title": title])
        }
        return ([heading] + questions).joined(separator: "\n")
    }

    /// "Temas (12), con el número de iniciativas de cada uno:": one sentence per kind,
    /// since its words agree with the kind's noun.
    func listHeading(_ kind: FacetKind, count: Int) -> String {
        say("list_heading_\(kind.rawValue)", ["count": count])
    }

    func initiativeLead(_ record: Initiative) -> String {
        let name = record.name.isEmpty ? record.id : record.name.text(in: code)
        return name + (record.acronym.map { " (\($0))" } ?? "") + " — " + record.period.text(in: code)
    }

    func initiativeFacets(_ record: Initiative) -> String {
        let regions = join(record.regions.map { label(.region, $0) })
        let modalities = join(record.modalities.map { label(.modality, $0) })
        return say("record_facets", ["regions": regions, "modalities": modalities])
    }

    var factsHeading: String { say("facts_heading") }
    var pointsHeading: String {
        say("points_heading")
    }

    /// The day in the reply's language, as the pack's CLDR pattern (`date_pattern`)
    /// writes it with CLDR's names: "jueves 12 de febrero de 2026", "Thursday 12 February
    /// 2026", "الخميس 12 فبراير 2026"; the text as given when it is not an ISO date.
    func day(_ isoDate: String) -> String {
        guard let (date, calendar) = Self.date(isoDate) else { return isoDate }
        return Self.format(date, code: code, pattern: say("date_pattern"), calendar: calendar)
    }

    /// A full ISO date ("2016-09-13") as a date in UTC and its calendar; nil for anything else.
    private static func date(_ isoDate: String) -> (Date, Calendar)? {
        let parts = isoDate.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])).map {
            ($0, calendar)
        }
    }

    /// A fact's date as the pack writes a day, without the weekday ("13 de septiembre de
    /// 2016"); the year alone when the fact gives no day ("2006", "2015-11").
    func factDate(_ isoDate: String) -> String {
        guard let (date, calendar) = Self.date(isoDate) else { return String(isoDate.prefix(4)) }
        // The pack's day pattern opens with the weekday ("EEEE d 'de' MMMM 'de' y", "EEEE, d…").
        let pattern = say("date_pattern").replacingOccurrences(of: #"^E+,?\s*"#, with: "", options: .regularExpression)
        return Self.format(date, code: code, pattern: pattern, calendar: calendar)
    }

    /// One formatter per language and pattern (making one reads CLDR's data), used
    /// under its lock, since a formatter is not made to be shared between threads.
    private static let formatters = Locked<[String: DateFormatter]>([:])

    private static func format(_ date: Date, code: String, pattern: String, calendar: Calendar) -> String {
        formatters.withLock { formatters in
            if let formatter = formatters[code + " " + pattern] { return formatter.string(from: date) }
            let formatter = DateFormatter()
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            // Latin digits, as the rest of every reply writes numbers.
            formatter.locale = Locale(identifier: code + "@numbers=latn")
            formatter.dateFormat = pattern
            formatters[code + " " + pattern] = formatter
            return formatter.string(from: date)
        }
    }
}
