import PuenteSupport
import Testing

@testable import PuenteAssistant

/// Talking points a moderator can say: each with a figure, a date, a country or a
/// named mechanism, each cited to an initiative's page, none from the concept note.
@Suite struct TalkingPointsTests {
    let assistant = AssistantFixture.assistant

    static let requests: [(theme: String?, region: String?, modality: String?, query: String?)] = [
        ("supply-chains", nil, nil, nil),
        (nil, "africa", nil, nil),
        (nil, nil, "south-south", nil),
        (nil, nil, nil, "financiación"),
        ("labour-migration", nil, "triangular", nil),
        ("prioritisation", nil, nil, nil),
        ("education", nil, nil, nil),
        (nil, "arab-states", "regional", nil),
        (nil, nil, nil, "peer review"),
    ]

    @Test(arguments: [ReplyLanguage.spanish, .english, .french], requests.indices)
    func everyPointIsConcreteAndCitedToAPage(_ language: ReplyLanguage, _ request: Int) {
        let (theme, region, modality, query) = Self.requests[request]
        let oracle = DetailOracle(assistant.knowledge)
        let points = assistant.talkingPoints(
            theme: theme, region: region, modality: modality, query: query, limit: 8, language: language)
        #expect(!points.points.isEmpty)
        for point in points.points {
            let concrete = oracle.isConcrete(Array(point.texts.texts.values))
            #expect(concrete, "nothing concrete: \(point.text)")
            let sources = point.citations.compactMap { number in points.sources.first { $0.number == number } }
            #expect(!sources.isEmpty && sources.count == point.citations.count, "uncited: \(point.text)")
            #expect(
                sources.allSatisfy { $0.url != nil && !$0.id.hasPrefix("concept-note#") },
                "not cited to a page: \(point.text)")
        }
    }

    @Test(arguments: requests.indices)
    func noPointRestatesTheConceptNote(_ request: Int) {
        let (theme, region, modality, query) = Self.requests[request]
        let note = assistant.knowledge.conceptNote.passages.map(\.text).joined(separator: " ")
        let points = assistant.talkingPoints(theme: theme, region: region, modality: modality, query: query, limit: 8)
        for point in points.points {
            #expect(!note.contains(point.text), "from the note: \(point.text)")
        }
    }

    /// The title is the reader's: a French, Portuguese or Arabic moderator is not handed "Talking points".
    @Test func theTitleFollowsTheReadersLanguage() {
        let titles: [ReplyLanguage: String] = [
            .spanish: "Puntos de conversación: ", .english: "Talking points: ", .french: "Points de discussion\u{A0}: ",
            .portuguese: "Pontos de discussão: ", .arabic: "نقاط للنقاش: ",
        ]
        for (language, title) in titles {
            let points = assistant.talkingPoints(theme: "supply-chains", language: language)
            #expect(points.title.hasPrefix(title), "\(language.rawValue): \(points.title)")
            #expect(points.markdown.hasPrefix("## " + title))
        }
    }
}
