import Testing

@testable import PuenteAssistant

@Suite struct ModeratorTests {
    let assistant = AssistantFixture.assistant

    @Test(arguments: [
        (String?("supply-chains"), String?.none, String?.none, String?.none),
        (nil, "africa", nil, nil),
        (nil, nil, "south-south", nil),
        (nil, nil, nil, "financiación"),
        ("labour-migration", nil, "triangular", nil),
        ("prioritisation", nil, nil, nil),
    ])
    func talkingPointsAreFiveToEightDistinctCitedPoints(
        _ theme: String?, _ region: String?, _ modality: String?, _ query: String?
    ) {
        let points = assistant.talkingPoints(theme: theme, region: region, modality: modality, query: query, limit: 8)
        #expect((5...8).contains(points.points.count), "\(points.points.count) points")
        let stems = points.points.map { assistant.stems(of: $0.text, in: .spanish) }
        for i in stems.indices {
            for j in stems.indices where j > i {
                #expect(
                    Assistant.similarity(stems[i], stems[j]) < Assistant.redundancyBound,
                    "\(points.points[i].text) ~ \(points.points[j].text)")
            }
        }
        let numbers = Set(points.sources.map(\.number))
        #expect(points.points.allSatisfy { !$0.citations.isEmpty && $0.citations.allSatisfy(numbers.contains) })
        #expect(points.sources.allSatisfy { $0.url != nil || $0.id.hasPrefix("concept-note#") })
    }

    @Test func talkingPointsAsMarkdownAreWellFormed() {
        let markdown = assistant.talkingPoints(theme: "supply-chains", limit: 6).markdown
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("## Puntos de conversación: cadenas de suministro") == true)
        let numbered = lines.filter { $0.first?.isNumber == true }
        #expect(numbered.count == 6)
        #expect(
            numbered.enumerated().allSatisfy { $0.element.hasPrefix("\($0.offset + 1). ") && $0.element.contains("[") })
        for line in lines where line.hasPrefix("- [") {
            let links = line.components(separatedBy: "](").count - 1
            #expect(links <= 1 && (links == 0 || line.hasSuffix(")")), "\(line)")
        }
        #expect(markdown.filter { $0 == "(" }.count == markdown.filter { $0 == ")" }.count)
    }

    @Test func talkingPointsRespectTheLimit() {
        #expect(assistant.talkingPoints(theme: "education", limit: 5).points.count == 5)
        #expect(assistant.talkingPoints(theme: "education", limit: 50).points.count <= 8)
    }

    @Test func theBriefHasTheHeaderEveryGuidingQuestionAndSources() {
        let brief = assistant.brief()
        let session = assistant.knowledge.session
        #expect(brief.hasPrefix("# " + session.title["es"]!))
        #expect(
            brief.contains("jueves 12 de febrero de 2026") && brief.contains("14:30–16:15")
                && brief.contains(session.venue))
        for question in session.questions { #expect(brief.contains(question.text["es"]!)) }
        #expect(brief.contains("## Contexto") && brief.contains("## Fuentes"))
        let context = brief.components(separatedBy: "## Contexto\n\n")[1].components(separatedBy: "\n\n")[0]
        #expect(context.split(separator: "\n").count == 5)
        #expect(brief.components(separatedBy: "**Iniciativas que lo ilustran**").count == session.questions.count + 1)
        let english = assistant.brief(language: .english)
        #expect(english.contains("Thursday 12 February 2026") && english.contains("## Guiding questions"))
    }

    @Test func coverageCountsMatchTheRecordsAndNameTheGaps() {
        let coverage = assistant.coverage()
        #expect(coverage.modalities == ["regional", "interregional", "south-south", "triangular"])
        #expect(coverage.themes.contains("labour-migration") && coverage.themes.contains("supply-chains"))
        #expect(coverage.cells.count == coverage.themes.count * coverage.regions.count * coverage.modalities.count)
        let records = assistant.knowledge.initiatives
        for cell in coverage.cells {
            let expected = records.filter {
                $0.themes.contains(cell.theme) && $0.regions.contains(cell.region)
                    && $0.modalities.contains(cell.modality)
            }
            #expect(cell.initiatives == expected.map(\.id))
        }
        let markdown = assistant.respond(to: "cobertura").answer.reply
        let arabSupplyTriangular = coverage.cells.first {
            $0.theme == "supply-chains" && $0.region == "arab-states" && $0.modality == "triangular"
        }
        #expect(arabSupplyTriangular?.initiatives.isEmpty == true)
        #expect(markdown.contains("ninguna iniciativa de cooperación triangular sobre cadenas de suministro en:"))
        #expect(markdown.contains("Estados Árabes"))
        for cell in coverage.singleCells.prefix(3) { #expect(markdown.contains("solo `\(cell.initiatives[0])` cubre")) }
    }
}
