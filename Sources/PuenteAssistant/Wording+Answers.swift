import Foundation

/// The leads of answer-first replies: one sentence that answers, with its citation.
extension Wording {
    /// The lead quoting a unit of a record; `name` is the record's name in the reply's language.
    func lead(_ unit: AnswerUnit, name: String, citation: Int) -> String {
        let text = Self.withoutFinalStop(unit.text)
        let cited = "[\(citation)]"
        switch unit.origin {
        case .fact where unit.date != nil:
            return say("lead_dated", ["name": name, "date": factDate(unit.date ?? ""), "text": text, "cited": cited])
        case .fact, .summary, .period:
            // A fact that names its initiative says all; one that does not gets the name before it.
            let namesItself = text.localizedCaseInsensitiveContains(name)
            return namesItself ? "\(text) \(cited)" : say("lead_named", ["name": name, "text": text, "cited": cited])
        case .lead:
            return say("lead_led_by", ["name": name, "text": text, "cited": cited])
        case .partners:
            return say("lead_partners", ["name": name, "text": text, "cited": cited])
        case .countries:
            if let count = unit.count {
                return say("lead_countries_counted", count: count, ["name": name, "text": text, "cited": cited])
            }
            return say("lead_countries", ["name": name, "text": text, "cited": cited])
        case .lacking:
            return say("lead_no_funder", ["name": name, "text": text, "cited": cited])
        }
    }

    /// The lead quoting the concept note.
    func conceptNoteLead(_ sentence: String, citation: Int) -> String {
        let quote = quoted(Self.withoutFinalStop(sentence))
        return say("lead_concept_note", ["quote": quote, "citation": citation])
    }

    /// The lead when the question names what the knowledge does not hold; what
    /// follows is offered as the closest, never as the answer. In Arabic it says
    /// "by this name": the knowledge writes most names only in Latin script, so an
    /// Arabic name it lacks may still be an initiative it holds under another.
    func absent(_ names: [String], closestFollows: Bool) -> String {
        let list = join(names.map(quoted))
        let lacking = say("absent", ["list": list])
        guard closestFollows else { return lacking }
        return lacking + say("absent_closest_follows")
    }

    /// The lead when no record joins the countries a question asks about ("un convenio entre
    /// Bolivia y Argentina"), though the knowledge may hold each.
    func absentBetween(_ names: String, closestFollows: Bool) -> String {
        let lacking = say("absent_together", ["list": quoted(names)])
        return closestFollows ? lacking + say("absent_closest_follows") : lacking
    }

    /// The lead of a search whose hits each hold only some of the words.
    func partialMatches(_ count: Int, words: [String]) -> String {
        let topic = quoted(words.joined(separator: " "))
        return say("partial_matches", ["topic": topic, "count": count])
    }

    /// The last item of a list that names only its first records: "y 3 más".
    func more(_ count: Int) -> String {
        say("more", ["count": count])
    }

    /// The lead of a question whose nearest passages each hold only part of it: what
    /// comes closest, by name, said to be the closest and no more.
    func closest(_ names: [String]) -> String {
        let list = join(names)
        return say("closest", ["list": list])
    }

    /// What follows a list of one when others hold nearly all it was asked: "; also close: …".
    func alsoClose(_ names: [String]) -> String {
        say("also_close", ["list": join(names)])
    }

    static func withoutFinalStop(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
