import PuenteSupport

/// One language's words, from `Knowledge/languages/<code>.yaml`: what its questions
/// are asked with, the words that carry no topic, the small words inside names, the
/// head nouns of bodies' names, month names and number words.
///
/// Code holds the mechanism; the words are data, so a phrasing nobody foresaw is
/// one line in one file, and every pack is checked to have every list (see `List`).
/// Entries are kept as written; readers fold them as they fold questions.
public struct LanguagePack: Sendable, Hashable {
    /// Every list a pack holds, by its dotted path in the file (`asks.funds`).
    public enum List: String, Sendable, CaseIterable, Hashable {
        case asksFunds = "asks.funds"
        case asksLeads = "asks.leads"
        case asksPartners = "asks.partners"
        case asksWhen = "asks.when"
        case asksWhere = "asks.where"
        case asksCountries = "asks.countries"
        case asksHowMany = "asks.how_many"
        case asksWhat = "asks.what"
        /// Words that ask where only with their accent ("où"; "ou" is "or"), or without it as
        /// a question's last word ("signé ou ?").
        case asksWhereAccented = "asks.where_accented"
        /// Question and conversational words that carry no topic.
        case frameWords = "frame_words"
        /// Words of a search request that carry no topic ("muéstrame", "ejemplos").
        case fillerWords = "filler_words"
        /// Plurals that make a question ask for a list of initiatives.
        case listWords = "list_words"
        /// Small words that stand inside names ("de", "of").
        case nameConnectors = "name_connectors"
        /// Head nouns of bodies' names ("Organización", "Council", "منظمة").
        case organisationNouns = "organisation_nouns"
        /// Nouns that head an initiative's name when capitalised ("Iniciativa", "Protocol").
        case nameNouns = "name_nouns"
        /// One-letter words written onto the next word (Arabic و، ف، ب، ك، ل).
        case proclitics
        /// The definite article written onto a word (Arabic «ال», «لل» after «ل»): a body's
        /// name carries it; «منظمة إغاثية» without it describes an organisation, names none.
        case articlePrefixes = "article_prefixes"
        case conceptNote = "concept_note"
        case nameCues = "name_cues"
        case continues = "follow_up.continues"
        case otherRegion = "follow_up.other_region"
        /// Words that take back the last question's subject ("I meant…", «quis dizer…»): the
        /// question asks again what the last one asked, of what it names now.
        case corrects = "follow_up.corrects"
        /// Words that point back at the initiatives the last answer listed ("them", «ellas»).
        case them = "follow_up.them"
        /// Words that ask about the later of several ("the second plan", «الخطة الثانية»).
        case later = "follow_up.later"
        /// Words that ask since when ("¿desde cuándo?", "since when"): the earliest of several.
        case earlier = "follow_up.earlier"
        /// Words that ask until when or over what period ("¿hasta cuándo?", "what period"): the record's period.
        case until = "follow_up.until"
        case help = "commands.help"
        case reset = "commands.reset"
        case brief = "commands.brief"
        case coverage = "commands.coverage"
        case points = "commands.points"
        case sessionWords = "session.words"
        case sessionWhen = "session.when"
        /// Asking the hour: initiatives have dates, only the session has hours.
        case sessionHour = "session.hour"
        case sessionDuration = "session.duration"
        /// Asking the language the session is held in.
        case sessionLanguage = "session.language"
        case sessionWhere = "session.where"
        case sessionWhat = "session.what"
        case listCues = "lists.cues"
        case themeList = "lists.theme"
        case regionList = "lists.region"
        case modalityList = "lists.modality"
        case mechanismList = "lists.mechanism"
        case launched = "events.launch"
        case signed = "events.sign"
        case adopted = "events.adopt"
        case created = "events.create"
        case countryWords = "country_words"
        /// Words that ask what joins the countries they name ("entre Bolivia y Argentina").
        case betweenWords = "between_words"
        /// Words that open a clause describing a noun ("the programme that funded…"): a
        /// cue after one describes; the question asks what a cue before it asks.
        case relativeWords = "relative_words"
        /// Phrases with which this language's facts say who funds.
        case fundingPhrases = "fact_marks.funding_phrases"
        /// Stem beginnings with which this language's facts say who funds, leads or takes part.
        case fundingStems = "fact_marks.funding"
        /// Giving that is funding only beside an amount ("contributed US$25 million").
        case givingStems = "fact_marks.giving"
        case leadingStems = "fact_marks.leading"
        case partnerStems = "fact_marks.partners"
        /// Words after a number that make it a share, not a count ("23 percent"); "%" does too.
        case shares = "fact_marks.shares"
        /// Words a place follows in a fact ("en Lima", "in Abidjan", "à Brasilia").
        case placeWords = "fact_marks.places"
        /// Parts of a country ("department", «محافظة»): asked for, the fact that names one answers.
        case areaWords = "fact_marks.areas"
        /// Words that ask what something cost ("¿cuánto costó?", "budget").
        case costs = "fact_marks.costs"
        /// Words that make a number an amount of money ("6 millones de dólares", "69 millions de francs suisses").
        case currencies = "fact_marks.currencies"
        case months
        /// Letters only this language writes among the Latin-script ones.
        case guessLetters = "guess.letters"
        /// Words that tell this language apart from the others.
        case guessWords = "guess.words"

        /// The keys from the file's top to the list.
        var path: [String] { rawValue.split(separator: ".").map(String.init) }
    }

    /// ISO 639-1 code, as on the wire and in file names.
    public let code: String
    /// The language's name in itself ("español").
    public let name: String
    /// Number words and their values ("cuatrocientos" → 400), as written.
    public let numbers: [String: Int]
    /// Ordinal words and the place in a list they name ("segundo" → 2), -1 for the last.
    public let ordinals: [String: Int]
    /// Chat shorthand and the words it stands for ("q" → "qué", "qd" → "quand"), as written:
    /// a question is read with them written out.
    public let shorthand: [String: String]
    /// Names of the query syntax's filter fields in this language ("región" → "region"), as written.
    public let filterFields: [String: String]
    /// Names of countries that CLDR does not give in this language ("Costa de Marfil",
    /// "Ivory Coast") → ISO 3166-1 alpha-2 code.
    public let countryNames: [String: String]
    /// ISO code → the name replies write where CLDR's standalone name is not the
    /// one in common use (CLDR writes "China continental" for CN).
    public let countryDisplay: [String: String]
    /// What the assistant says in this language (`say:`), with its plural rules,
    /// typography and list style.
    package let sentences: Phrasebook
    /// What the client says in this language (`client:`); the client reads it itself
    /// (`ClientPhrasebooks`), and it is checked here with the rest of the pack.
    package let clientSentences: Phrasebook
    private let lists: [List: [String]]

    package init(
        code: String, name: String, lists: [List: [String]], numbers: [String: Int], ordinals: [String: Int] = [:],
        shorthand: [String: String] = [:],
        filterFields: [String: String] = [:], countryNames: [String: String], countryDisplay: [String: String] = [:],
        sentences: Phrasebook? = nil,
        clientSentences: Phrasebook? = nil
    ) {
        self.code = code
        self.sentences = sentences ?? Phrasebook(code: code, templates: [:])
        self.clientSentences = clientSentences ?? Phrasebook(code: code, templates: [:])
        self.name = name
        self.lists = lists
        self.numbers = numbers
        self.ordinals = ordinals
        self.shorthand = shorthand
        self.filterFields = filterFields
        self.countryNames = countryNames
        self.countryDisplay = countryDisplay
    }

    /// The entries of `list`, as written; empty when the language has none.
    public subscript(list: List) -> [String] { lists[list] ?? [] }

    /// The words that name a month in a date, January first: each name's first word,
    /// and each alternative's where a month has several ("تشرين الأول/أكتوبر" gives
    /// «تشرين» and «أكتوبر»; a second word such as «الأول», "first", names no month).
    public var monthWords: [[String]] {
        self[.months].map { month in
            month.split(separator: "/").compactMap { $0.split(separator: " ").first.map(String.init) }
        }
    }
}
