import Foundation

/// The leads of answer-first replies: one sentence that answers, with its citation.
extension Wording {
    /// The lead quoting a unit of a record; `name` is the record's name in the reply's language.
    func lead(_ unit: AnswerUnit, name: String, citation: Int) -> String {
        let text = Self.withoutFinalStop(unit.text)
        let cited = "[\(citation)]"
        switch unit.origin {
        case .fact, .summary:
            // A fact that names its initiative says all; one that does not gets the name before it.
            let namesItself = text.localizedCaseInsensitiveContains(name)
            return namesItself ? "\(text) \(cited)" : "\(name): \(text) \(cited)"
        case .lead:
            return say(es: "\(name) la dirige \(text) \(cited)", en: "\(name) is led by \(text) \(cited)",
                       fr: "\(name) est dirigée par \(text) \(cited)", pt: "\(name) é liderada por \(text) \(cited)",
                       ar: "يقود \(name): \(text) \(cited)")
        case .partners:
            return say(es: "En \(name) participan \(text) \(cited)", en: "\(name) brings together \(text) \(cited)",
                       fr: "\(name) réunit \(text) \(cited)", pt: "\(name) reúne \(text) \(cited)",
                       ar: "تجمع \(name): \(text) \(cited)")
        case .countries:
            if let count = unit.count {
                return say(es: "\(name) abarca \(count) países: \(text) \(cited)", en: "\(name) covers \(count) countries: \(text) \(cited)",
                           fr: "\(name) couvre \(count) pays : \(text) \(cited)", pt: "\(name) abrange \(count) países: \(text) \(cited)",
                           ar: "تشمل \(name) \(count) دول: \(text) \(cited)")
            }
            return say(es: "\(name) abarca \(text) \(cited)", en: "\(name) covers \(text) \(cited)",
                       fr: "\(name) couvre \(text) \(cited)", pt: "\(name) abrange \(text) \(cited)",
                       ar: "تشمل \(name): \(text) \(cited)")
        case .lacking:
            return say(es: "No tengo datos sobre quién financia \(name); en ella participan \(text) \(cited)",
                       en: "I have no information on who funds \(name); it brings together \(text) \(cited)",
                       fr: "Je n'ai pas d'information sur le financement de \(name) ; elle réunit \(text) \(cited)",
                       pt: "Não tenho dados sobre quem financia \(name); reúne \(text) \(cited)",
                       ar: "ليس لدي معلومات عن تمويل \(name)؛ تجمع: \(text) \(cited)")
        }
    }

    /// The lead quoting the concept note.
    func conceptNoteLead(_ sentence: String, citation: Int) -> String {
        let quote = quoted(Self.withoutFinalStop(sentence))
        return say(es: "La nota conceptual dice: \(quote) [\(citation)]", en: "The concept note says: \(quote) [\(citation)]",
                   fr: "La note conceptuelle dit : \(quote) [\(citation)]", pt: "A nota conceitual diz: \(quote) [\(citation)]",
                   ar: "تقول المذكرة المفاهيمية: \(quote) [\(citation)]")
    }

    /// The lead when the question names what the knowledge does not hold; what
    /// follows is offered as the closest, never as the answer. In Arabic it says
    /// "by this name": the knowledge writes most names only in Latin script, so an
    /// Arabic name it lacks may still be an initiative it holds under another.
    func absent(_ names: [String], closestFollows: Bool) -> String {
        let list = join(names.map(quoted))
        let lacking = say(es: "No tengo ninguna iniciativa ni dato sobre \(list)", en: "I don't have any initiative or fact on \(list)",
                          fr: "Je n'ai aucune initiative ni information sur \(list)", pt: "Não tenho nenhuma iniciativa nem dado sobre \(list)",
                          ar: "ليس لدي أي مبادرة أو معلومة عن \(list) بهذا الاسم")
        guard closestFollows else { return lacking }
        return lacking + say(es: "; esto es lo más cercano que tengo", en: "; this is the closest I have",
                             fr: " ; voici ce que j'ai de plus proche", pt: "; isto é o mais próximo que tenho", ar: "؛ هذا أقرب ما لدي")
    }

    /// The lead of a search whose hits each hold only some of the words.
    func partialMatches(_ count: Int, words: [String]) -> String {
        let topic = quoted(words.joined(separator: " "))
        return say(es: "Ninguna fuente trata a la vez de todo \(topic); muestro las más cercanas (\(count))",
                   en: "No source covers all of \(topic) at once; here are the closest (\(count))",
                   fr: "Aucune source ne traite à la fois de tout \(topic) ; voici les plus proches (\(count))",
                   pt: "Nenhuma fonte trata ao mesmo tempo de tudo \(topic); mostro as mais próximas (\(count))",
                   ar: "لا يتناول أي مصدر كل \(topic) معًا؛ هذه أقرب المصادر (\(count))")
    }

    /// The last item of a list that names only its first records: "y 3 más".
    func more(_ count: Int) -> String {
        say(es: "\(count) más", en: "\(count) more", fr: "\(count) autres", pt: "mais \(count)", ar: "\(count) أخرى")
    }

    /// The lead of a question whose nearest passages each hold only part of it: what
    /// comes closest, by name, said to be the closest and no more.
    func closest(_ names: [String]) -> String {
        let list = join(names)
        return say(es: "Lo más cercano que tengo es \(list)", en: "The closest I have is \(list)",
                   fr: "Ce que j'ai de plus proche : \(list)", pt: "O mais próximo que tenho é \(list)",
                   ar: "أقرب ما لدي: \(list)")
    }

    static func withoutFinalStop(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
