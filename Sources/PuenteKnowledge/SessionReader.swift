import Yams

/// Reads `session.yaml`.
enum SessionReader {
    static let keys = [
        "title", "conference", "city", "country", "venue", "date", "start", "end", "timezone", "language",
        "concept_note", "questions",
    ]

    static func read(_ root: Node, file: String, log: IssueLog) -> Session? {
        guard let fields = FieldReader(root, file: file, log: log, what: "the session", keys: keys, nested: false) else {
            return nil
        }
        let title = fields.localized("title", required: ["es", "en"])
        let conference = fields.localized("conference", required: ["es", "en"])
        let country = fields.localized("country", required: ["es", "en"])
        let city = fields.string("city"), venue = fields.string("venue")
        let date = checked(fields, "date", Formats.isDate, "a date such as 2026-02-12")
        let start = checked(fields, "start", Formats.isTime, "a time such as 14:30")
        let end = checked(fields, "end", Formats.isTime, "a time such as 16:15")
        let timeZone = fields.string("timezone"), language = fields.string("language")
        let noteFile = fields.string("concept_note")
        let questions = fields.nodes("questions", nonEmpty: true).compactMap { question(from: $0, file: file, log: log) }
        if let start, let end, start >= end {
            log.add(file, fields.node("end")?.mark, "the session ends (\(end)) before it starts (\(start))")
        }
        guard let city, let venue, let date, let start, let end, let timeZone, let language, let noteFile,
              title.count >= 2, conference.count >= 2, country.count >= 2 else { return nil }
        return Session(
            title: title, conference: conference, city: city, country: country, venue: venue, date: date,
            start: start, end: end, timeZone: timeZone, language: language, conceptNoteFile: noteFile,
            questions: questions)
    }

    private static func question(from node: Node, file: String, log: IssueLog) -> Session.Question? {
        guard let fields = FieldReader(node, file: file, log: log, what: "a question", keys: ["id"] + Vocabulary.languages),
              let id = fields.string("id") else { return nil }
        var text: [String: String] = [:]
        for language in Vocabulary.languages {
            if let line = fields.string(language, required: language == "es") { text[language] = line }
        }
        return text["es"] == nil ? nil : Session.Question(id: id, text: text)
    }

    private static func checked(_ fields: FieldReader, _ key: String, _ isValid: (String) -> Bool, _ expected: String) -> String? {
        guard let value = fields.string(key) else { return nil }
        guard isValid(value) else {
            fields.log.add(fields.file, fields.node(key)?.mark, "'\(value)' is not a valid \(key); expected \(expected)")
            return nil
        }
        return value
    }
}
