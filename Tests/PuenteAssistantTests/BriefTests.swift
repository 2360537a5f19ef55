import Foundation
import PuenteKnowledge
import PuenteSupport
import Testing

@testable import PuenteAssistant

/// The moderator brief as a moderator reads it: concrete, cited points under each
/// guiding question, none the concept note's, none twice, drawn from several
/// initiatives and regions, and in the brief's language.
@Suite struct BriefTests {
    let assistant = AssistantFixture.assistant
    var knowledge: Knowledge { assistant.knowledge }

    /// Share of points that must carry a figure or a date.
    static let figureShare = 0.6

    @Test(arguments: [ReplyLanguage.spanish, .english])
    func noPointRestatesTheConceptNote(_ language: ReplyLanguage) {
        let brief = BriefDocument(assistant.brief(language: language))
        let passages = knowledge.conceptNote.passages.map { Self.words(in: $0.text) }
        let sentences = knowledge.conceptNote.passages.flatMap { $0.text.components(separatedBy: ". ") }.map {
            Self.words(in: $0)
        }
        #expect(!brief.points.isEmpty)
        for point in brief.points {
            let words = Self.words(in: point.text)
            let quoted = passages.contains { $0.joined(separator: " ").contains(words.joined(separator: " ")) }
            #expect(!quoted, "from the note: \(point.text)")
            let closest = sentences.map { Self.overlap(Set(words), Set($0)) }.max() ?? 0
            #expect(closest < 0.5, "close to a note sentence (\(closest)): \(point.text)")
        }
    }

    @Test(arguments: [ReplyLanguage.spanish, .english])
    func noPointStandsUnderTwoQuestions(_ language: ReplyLanguage) {
        let brief = BriefDocument(assistant.brief(language: language))
        #expect(brief.sections.count == knowledge.session.questions.count)
        var seen: [String: String] = [:]
        for section in brief.sections {
            for point in section.points {
                let key = Self.words(in: point.text).joined(separator: " ")
                if let earlier = seen[key] {
                    Issue.record("under “\(earlier.prefix(40))…” and “\(section.question.prefix(40))…”: \(point.text)")
                }
                seen[key] = section.question
            }
        }
    }

    @Test(arguments: [ReplyLanguage.spanish, .english])
    func mostPointsCarryAFigureOrADate(_ language: ReplyLanguage) {
        let oracle = DetailOracle(knowledge)
        let points = BriefDocument(assistant.brief(language: language)).points
        let dated = points.filter { oracle.hasFigureOrDate($0.text) }
        let share = Double(dated.count) / Double(max(points.count, 1))
        #expect(share >= Self.figureShare, "\(dated.count) of \(points.count) points carry a figure or a date")
    }

    @Test(arguments: [ReplyLanguage.spanish, .english])
    func everyPointIsConcreteAndCited(_ language: ReplyLanguage) {
        let oracle = DetailOracle(knowledge)
        let brief = BriefDocument(assistant.brief(language: language))
        for point in brief.points {
            let concrete = oracle.isConcrete([point.text])
            #expect(concrete, "nothing concrete: \(point.text)")
            #expect(
                !point.citations.isEmpty && point.citations.allSatisfy { brief.sources[$0]?.url != nil },
                "uncited: \(point.text)")
        }
    }

    @Test(arguments: [ReplyLanguage.spanish, .english])
    func eachQuestionDrawsOnTwoInitiativesFromTwoRegions(_ language: ReplyLanguage) {
        let brief = BriefDocument(assistant.brief(language: language))
        let worldwide = Set(knowledge.vocabulary.terms(.region).filter(\.worldwide).map(\.id))
        for section in brief.sections {
            let cited = section.points.flatMap(\.citations).compactMap { brief.initiative(cited: $0, in: knowledge) }
            let ids = Set(cited.map(\.id))
            let regions = Set(cited.flatMap(\.regions)).subtracting(worldwide)
            #expect(ids.count >= 2, "\(section.question): initiatives \(ids.sorted())")
            #expect(regions.count >= 2, "\(section.question): regions \(regions.sorted())")
        }
    }

    @Test func theEnglishBriefQuotesNoSpanishKnowledge() {
        let english = assistant.brief(language: .english)
        for record in knowledge.initiatives {
            for text in record.facts.map(\.text) + record.talkingPoints + [record.name] {
                guard let spanish = text["es"], spanish != text["en"] else { continue }
                #expect(!english.contains(spanish), "\(record.id): \(spanish)")
            }
        }
        let points = BriefDocument(english).points
        let notes = knowledge.conceptNote.passages.map(\.text).joined(separator: " ")
        #expect(points.allSatisfy { !notes.contains($0.text) })
    }

    @Test(arguments: [ReplyLanguage.french, .portuguese, .arabic])
    func otherLanguagesHaveTheirHeadingsAndTheirFacts(_ language: ReplyLanguage) {
        let markdown = assistant.brief(language: language)
        // The English headings, as whole lines ("Sources" is French too).
        let lines = Set(markdown.split(separator: "\n").map(String.init))
        for english in [
            "## Context", "## Guiding questions", "**Talking points**", "**Initiatives that illustrate it**",
        ] {
            #expect(!lines.contains(english), "\(language): \(english)")
        }
        #expect(!markdown.contains("**Date:**") && !markdown.contains("Thursday"), "\(language)")
        let brief = BriefDocument(markdown)
        #expect(brief.sections.count == knowledge.session.questions.count)
        for (section, question) in zip(brief.sections, knowledge.session.questions) {
            #expect(section.question == question.text[language.rawValue])
        }
        // Every fact and point is written in the five languages: the brief quotes the reader's.
        let own = Set(
            knowledge.initiatives.flatMap {
                $0.facts.compactMap { $0.text[language.rawValue] }
                    + $0.talkingPoints.compactMap { $0[language.rawValue] }
            })
        #expect(!brief.points.isEmpty && brief.points.allSatisfy { own.contains($0.text) }, "\(language)")
    }

    /// Folded words of at least three letters.
    static func words(in text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .components(separatedBy: CharacterSet.alphanumerics.inverted).filter { $0.count >= 3 }
    }

    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        a.union(b).isEmpty ? 0 : Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
