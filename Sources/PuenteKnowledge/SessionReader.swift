import Yams

/// Reads `session.yaml`.
enum SessionReader {
    static let keys = [
        "title", "conference", "city", "country", "venue", "date", "start", "end", "timezone", "language",
        "concept_note", "questions", "examples",
    ]

    static func read(_ root: Node, file: String, log: IssueLog) -> Session? {
        guard let fields = FieldReader(root, file: file, log: log, what: "the session", keys: keys, nested: false)
        else {
            return nil
        }
        // The session's words are shown to every participant: all five languages.
        let title = fields.localized("title", required: Vocabulary.languages)
        let conference = fields.localized("conference", required: Vocabulary.languages)
        let country = fields.localized("country", required: Vocabulary.languages)
        let city = fields.localized("city", required: Vocabulary.languages)
        let venue = fields.string("venue")
        let date = checked(fields, "date", Formats.isDate, "a date such as 2026-02-12")
        let start = checked(fields, "start", Formats.isTime, "a time such as 14:30")
        let end = checked(fields, "end", Formats.isTime, "a time such as 16:15")
        let timeZone = fields.string("timezone")
        let language = fields.string("language")
        let noteFile = fields.string("concept_note")
        let questions = fields.nodes("questions", nonEmpty: true).compactMap {
            question(from: $0, file: file, log: log)
        }
        let examples = fields.nodes("examples", required: false).compactMap {
            FieldReader.localized(
                $0, file: file, log: log, what: "an example", required: ["es", "en"], allowed: Vocabulary.languages)
        }
        if let start, let end, start >= end {
            log.add(file, fields.node("end")?.mark, "the session ends (\(end)) before it starts (\(start))")
        }
        guard let city, let venue, let date, let start, let end, let timeZone, let language, let noteFile,
            let title, let conference, let country
        else { return nil }
        return Session(
            title: title, conference: conference, city: city, country: country, venue: venue, date: date,
            start: start, end: end, timeZone: timeZone, language: language, conceptNoteFile: noteFile,
            questions: questions, examples: examples)
    }

    /// A guiding question: an id and its text in each of the five languages, side by side.
    private static func question(from node: Node, file: String, log: IssueLog) -> Session.Question? {
        guard
            let fields = FieldReader(
                node, file: file, log: log, what: "a question", keys: ["id", "topic"] + Vocabulary.languages)
        else {
            return nil
        }
        let id = fields.string("id")
        let text = fields.texts(required: Vocabulary.languages, allowed: Vocabulary.languages)
        // What the question is about in a few words, for the one sentence that lists them.
        let topic = fields.node("topic") == nil ? nil : fields.localized("topic", required: Vocabulary.languages)
        guard let id, let text else { return nil }
        return Session.Question(id: id, text: text, topic: topic)
    }

    private static func checked(_ fields: FieldReader, _ key: String, _ isValid: (String) -> Bool, _ expected: String)
        -> String?
    {
        guard let value = fields.string(key) else { return nil }
        guard isValid(value) else {
            fields.log.add(
                fields.file, fields.node(key)?.mark, "'\(value)' is not a valid \(key); expected \(expected)")
            return nil
        }
        return value
    }
}
