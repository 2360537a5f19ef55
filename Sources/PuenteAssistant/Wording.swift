import PuenteIndex
import PuenteKnowledge
import PuenteRendering
import PuenteSupport

/// The assistant's sentences in the reply's language: each is a template of the
/// language pack (`say:` in `Knowledge/languages/<code>.yaml`), named here by its key
/// and filled with the reply's names, counts and quotes.
///
/// Quotation marks are the pack's (`quoted`). Arabic is written in logical order;
/// the terminal lays it out right to left. Only Latin syntax with punctuation at its
/// edges (a slash command, a filter field) is wrapped in a left-to-right isolate
/// there (`leftToRight(_:)`), since the bidi algorithm would otherwise move its
/// slash or colon to the wrong side.
struct Wording {
    let language: ReplyLanguage
    let vocabulary: Vocabulary
    let phrases: Phrasebook

    init(language: ReplyLanguage, knowledge: Knowledge) {
        self.language = language
        self.vocabulary = knowledge.vocabulary
        self.phrases =
            knowledge.languages.first { $0.code == language.rawValue }?.sentences
            ?? Phrasebook(code: language.rawValue, templates: [:])
    }

    var code: String { language.rawValue }

    /// The pack's sentence `key`, its `{slots}` filled. French no-break spaces
    /// before ? ! : ; and inside « » come from the pack's typography.
    func say(_ key: String, _ slots: [String: any CustomStringConvertible] = [:]) -> String {
        phrases.say(key, slots.mapValues(\.description))
    }

    /// The pack's counted sentence `key`, in the form `count` takes (CLDR plural category).
    func say(_ key: String, count: Int, _ slots: [String: any CustomStringConvertible] = [:]) -> String {
        phrases.say(key, slots.mapValues(\.description), count: count)
    }

    func label(_ kind: FacetKind, _ id: String) -> String {
        vocabulary.term(kind, id)?.label(code) ?? id
    }

    /// Words quoted in the reply's language: «…», “…”, « … ».
    func quoted(_ text: String) -> String {
        say("quoted", ["text": text])
    }

    // MARK: Leads

    /// "4 iniciativas de cooperación Sur–Sur en África sobre migración laboral".
    func lead(initiatives: Int, passages: Int, modalities: [String], regions: [String], topic: String?) -> String {
        var qualifiers: [String] = []
        if !regions.isEmpty { qualifiers.append(inRegions(regions)) }
        if let topic { qualifiers.append(about(topic)) }
        let note = counted(passages, .passage)
        guard initiatives > 0 || passages == 0 else {
            // The concept note is not "of" a modality: only place and topic qualify it.
            return ([note] + qualifiers).joined(separator: " ")
        }
        var parts = [counted(initiatives, .initiative)]
        if !modalities.isEmpty { parts.append(ofModalities(modalities)) }
        let line = (parts + qualifiers).joined(separator: " ")
        guard passages > 0 else { return line }
        return line + say("lead_and") + note
    }

    /// - Parameter modalities: the modality filter the search kept, said so that "nothing"
    ///   is not read as nothing of any kind.
    func nothingIn(regions: [String], modalities: [String] = [], topic: String?) -> String {
        nothingIn(place: inRegions(regions), modalities: modalities, topic: topic)
    }

    /// The same of parts of regions, by the names the question gave them ("North Africa").
    func nothingIn(parts: [String], modalities: [String] = [], topic: String?) -> String {
        nothingIn(place: inPlaces(parts), modalities: modalities, topic: topic)
    }

    private func nothingIn(place: String, modalities: [String], topic: String?) -> String {
        let kind = modalities.isEmpty ? "" : " " + ofModalities(modalities)
        let what = kind + (topic.map { " " + about($0) } ?? "")
        return say("nothing_in_region", ["what": what, "place": place])
    }

    /// A filter value the index does not hold: said as unknown, never searched for.
    func unknownFilterValue(_ facet: FacetKind, _ typed: String, closest: String?) -> String {
        let kind = Vocabulary.kind(facet)
        let name = labels.facetName(facet)
        let meant = closest.map { id in
            kind.map { "\(label($0, id)) (\(facet.rawValue):\(id))" } ?? "\(facet.rawValue):\(id)"
        }
        // Each kind has its own sentence: its article agrees with the kind's noun.
        let unknown =
            kind.map { say("unknown_\($0.rawValue)", ["typed": typed]) }
            ?? say("unknown_filter_value", ["name": name, "typed": typed])
        return unknown + (meant.map { " " + didYouMeanName($0) } ?? "")
    }

    func unknownFilterField(_ typed: String, closest: String) -> String {
        let typed = leftToRight(typed + ":")
        let closest = leftToRight(closest + ":")
        return say("unknown_filter_field", ["typed": typed, "closest": closest])
    }

    var filterSyntaxHelp: String {
        let fields = leftToRight("region:, modality:, theme:, mechanism:, kind:")
        let example = leftToRight("region:africa")
        let regions = command("/regiones", "/regions")
        let themes = command("/temas", "/themes")
        return say("filter_syntax_help", ["fields": fields, "example": example, "regions": regions, "themes": themes])
    }

    func nothingFound(_ words: String) -> String {
        say("nothing_found", ["words": words])
    }

    func didYouMean(_ words: String) -> String {
        didYouMeanName(quoted(words))
    }

    /// "¿Quisiste decir X?" with X as given (quoted or not).
    private func didYouMeanName(_ name: String) -> String {
        say("did_you_mean", ["name": name])
    }

    /// What to try after nothing was found, with one of the session's example questions.
    func tryInstead(example: String?) -> String {
        let themes = command("/temas", "/themes")
        guard let example else {
            return say("try_instead", ["themes": themes])
        }
        let shown = quoted(example)
        return say("try_instead_example", ["shown": shown, "themes": themes])
    }

    /// "Fuentes": the heading of an answer's sources, in the answer's language.
    var sourcesHeading: String { say("sources_heading") }

    /// The labels of a rendered answer in the reply's language, and its renderer.
    var labels: AnswerRenderer { AnswerRenderer(phrases) }

    /// "región: África", "région : Afrique": a heading and its text.
    func labelled(_ heading: String, _ text: String) -> String {
        labels.labelled(heading, text)
    }

    // MARK: Suggestions

    /// "¿Y en África? (3)". The input is what the assistant reads as a follow-up.
    func andIn(region: String, count: Int) -> Suggestion {
        let place = inRegions([region])
        // English and Arabic name the region without "in": "What about Africa?", «ماذا عن أفريقيا؟».
        let name = label(.region, region)
        let question = say("and_in_region", ["place": place, "region": phrases.rewrite(name, as: "after_preposition")])
        return Suggestion(text: "\(question) (\(count))", input: question)
    }

    /// "Solo cooperación triangular (3)". The input names the modality alone in the
    /// languages whose "only" the assistant does not read as a cue.
    func only(modality: String, count: Int) -> Suggestion {
        let name = label(.modality, modality)
        return Suggestion(
            text: say("only_modality", ["name": name, "count": count]),
            input: say("only_modality_input", ["name": name]))
    }

    func pointsFor(_ topic: String) -> Suggestion {
        let points = say("points_command")
        return Suggestion(text: labelled(pointsHeading, leftToRight(points) + " " + topic), input: "\(points) \(topic)")
    }

    func outsideRegion() -> Suggestion {
        // The assistant reads "another region" in the Latin-script languages only,
        // so an Arabic reader is offered the English words.
        let input = say("other_region_input")
        return Suggestion(
            text: labelled(say("other_regions_label"), quoted(input)),
            input: input)
    }

    // MARK: Small helpers

    /// What `counted` counts.
    enum Counted: String { case initiative, passage }

    /// "1 iniciativa", "0 initiative", "3 trechos da nota conceitual", "مبادرتان":
    /// a number and its noun, in the form the pack gives for the number's plural category.
    func counted(_ number: Int, _ thing: Counted) -> String {
        say("count_\(thing.rawValue)", count: number)
    }

    /// "a, b y c" / "a, b and c" / "a، b وc", as the pack joins a list.
    func join(_ items: [String]) -> String { phrases.join(items) }

    var conceptNote: String {
        say("concept_note")
    }

    /// A slash command by the name the reply's reader is offered: the Spanish one
    /// in Spanish and Portuguese, the English one otherwise (as the client's help does).
    func command(_ spanish: String, _ english: String) -> String {
        leftToRight(phrases.commandNames == "es" ? spanish : english)
    }

    /// Latin syntax inside an Arabic sentence, kept left to right by an isolate
    /// (LRI … PDI); unchanged in the other languages.
    func leftToRight(_ text: String) -> String {
        phrases.rightToLeft ? "\u{2066}\(text)\u{2069}" : text
    }

    // MARK: Grammar of places, modalities and topics

    /// "en África y las Américas", "en Afrique et dans les Amériques", "na África",
    /// "في أفريقيا والأمريكتين"; a worldwide region is a level, not a place.
    /// "en Afrique du Nord", «في جزر المحيط الهادئ»: places by name after "in".
    func inPlaces(_ names: [String]) -> String {
        say("in_places", ["places": join(names.map { phrases.rewrite($0, as: "in_place") })])
    }

    func inRegions(_ ids: [String]) -> String {
        let worldwide = ids.filter { vocabulary.term(.region, $0)?.worldwide == true }.map { label(.region, $0) }
        let places = ids.filter { vocabulary.term(.region, $0)?.worldwide != true }.map { label(.region, $0) }
        var phrases: [String] = []
        if !places.isEmpty {
            // Each place as the pack's grammar says it after "in": French and Portuguese fold
            // the preposition into its article, Arabic puts a dual in its genitive.
            phrases.append(inPlaces(places))
        }
        if !worldwide.isEmpty {
            let level = join(worldwide)
            phrases.append(say("at_level", ["level": level]))
        }
        return join(phrases)
    }

    /// "de cooperación Sur–Sur", "d'…", "للتعاون بين بلدان الجنوب".
    func ofModalities(_ ids: [String]) -> String {
        let names = join(ids.map { label(.modality, $0) })
        // "of" as the pack's grammar writes it: French elides its "de", Arabic joins its "li".
        return say("of_modalities", ["of_names": phrases.rewrite(names, as: "of")])
    }

    /// "sobre migración laboral", "en matière de migration de main-d'œuvre", "بشأن …".
    func about(_ topic: String) -> String {
        say("about_topic", ["topic": topic, "of_topic": phrases.rewrite(topic, as: "of")])
    }
}
