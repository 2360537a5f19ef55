import PuenteText
import Testing

@testable import PuenteAssistant

/// Whether Puente answers the question: each question of `AnswerTable`, asked in a
/// fresh conversation with its language left to be detected, passes when the answer
/// is in the question's language and its lead (the first sentence) holds every
/// expected string. The suite prints its shares by kind and by language, and every
/// failing question with the lead it got, so a run shows what is left to do.
@Suite(.serialized) struct AnswerTableTests {
    /// The share of questions that must pass, for the answerable ones and for the
    /// absent ones alike: a participant can live with one miss in ten, not more.
    static let requiredShare = 0.9

    /// What one question got.
    struct Outcome: Sendable {
        let entry: AnswerTableEntry
        /// The language the answer was written in.
        let language: String
        let lead: String
        /// The expected strings the lead lacks.
        let missing: [String]

        var passed: Bool { language == entry.language && missing.isEmpty }
    }

    static func outcome(of entry: AnswerTableEntry) -> Outcome {
        let answer = AssistantFixture.assistant.respond(to: entry.question).answer
        let lead = comparable(answer.lead)
        return Outcome(
            entry: entry, language: answer.language.rawValue, lead: answer.lead,
            missing: entry.expected.filter { !lead.contains(comparable($0)) })
    }

    /// `text` lowercased and folded (accents, ligatures, Arabic letter forms), with
    /// every run of white space as one space and typographic apostrophes as "'":
    /// a lead written with non-breaking spaces or "n’ai" still holds "Je n'ai".
    static func comparable(_ text: String) -> String {
        let folded = Folding.fold(text.lowercased())
        var result = ""
        var pendingSpace = false
        for character in folded {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(character == "\u{2019}" || character == "\u{02BC}" ? "'" : character)
        }
        return result
    }

    /// Computed once: both thresholds and the report read the same run.
    static let answerableOutcomes = AnswerTable.answerable.map(outcome(of:))
    static let absentOutcomes = AnswerTable.absent.map(outcome(of:))

    static func share(_ outcomes: [Outcome]) -> Double {
        outcomes.isEmpty ? 0 : Double(outcomes.filter(\.passed).count) / Double(outcomes.count)
    }

    static func tally(_ outcomes: [Outcome]) -> String {
        let passed = outcomes.filter(\.passed).count
        let percent = (share(outcomes) * 1000).rounded() / 10
        return "\(passed)/\(outcomes.count) (\(percent)%)"
    }

    /// The shares by kind and by language, then each failing question with its lead.
    static func report(_ title: String, _ outcomes: [Outcome]) -> String {
        var lines = ["\(title): \(tally(outcomes)) pass"]
        let kinds = AnswerKind.allCases.compactMap { kind -> String? in
            let ofKind = outcomes.filter { $0.entry.kind == kind }
            return ofKind.isEmpty ? nil : "\(kind.rawValue) \(tally(ofKind))"
        }
        lines.append("  by kind:     " + kinds.joined(separator: " · "))
        let languages = ["es", "en", "fr", "pt", "ar"].compactMap { language -> String? in
            let inLanguage = outcomes.filter { $0.entry.language == language }
            return inLanguage.isEmpty ? nil : "\(language) \(tally(inLanguage))"
        }
        lines.append("  by language: " + languages.joined(separator: " · "))
        let failures = outcomes.filter { !$0.passed }
        if !failures.isEmpty { lines.append("  failing:") }
        for failure in failures {
            let entry = failure.entry
            lines.append("  ✗ \(entry.kind.rawValue) [\(entry.language)] \(entry.question)  (\(entry.source))")
            lines.append("      lead: \(failure.lead)")
            var why: [String] = []
            if !failure.missing.isEmpty {
                why.append("missing " + failure.missing.map { "«\($0)»" }.joined(separator: ", "))
            }
            if failure.language != entry.language { why.append("answered in \(failure.language)") }
            lines.append("      " + why.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: The table

    @Test func theTableCoversEveryKindAndLanguage() {
        let answerable = AnswerTable.answerable
        #expect(answerable.count >= 84)
        for kind in AnswerKind.allCases where kind != .absent {
            #expect(answerable.contains { $0.kind == kind }, "no question of kind \(kind)")
        }
        for language in ["fr", "pt", "ar"] {
            #expect(
                answerable.filter { $0.language == language }.count >= 10, "fewer than ten questions in \(language)")
        }
        #expect(
            answerable.filter { $0.language == "es" }.count >= 20
                && answerable.filter { $0.language == "en" }.count >= 20)
        #expect(answerable.allSatisfy { $0.kind != .absent && !$0.expected.isEmpty && $0.expected.count <= 2 })

        let absent = AnswerTable.absent
        #expect(absent.count >= 14)
        for (language, marker) in AnswerTable.absenceMarkers {
            #expect(absent.contains { $0.language == language }, "no absent entity asked in \(language)")
            #expect(absent.filter { $0.language == language }.allSatisfy { $0.expected.first == marker })
        }
        #expect(
            absent.allSatisfy {
                $0.kind == .absent && $0.expected.count == 2
                    && Self.comparable($0.question).contains(Self.comparable($0.expected[1]))
            },
            "an absent entity is expected under the name it was typed as")
    }

    @Test func answerableQuestionsAreAnsweredInTheLead() {
        let outcomes = Self.answerableOutcomes
        print(Self.report("Answer table, answerable questions", outcomes))
        #expect(
            Self.share(outcomes) >= Self.requiredShare,
            "\(Self.tally(outcomes)) of answerable questions are answered in the lead; \(Int(Self.requiredShare * 100))% required"
        )
    }

    @Test func absentEntitiesAreSaidToBeAbsent() {
        let outcomes = Self.absentOutcomes
        print(Self.report("Answer table, absent entities", outcomes))
        #expect(
            Self.share(outcomes) >= Self.requiredShare,
            "\(Self.tally(outcomes)) of absent entities are said to be absent; \(Int(Self.requiredShare * 100))% required"
        )
    }

    // MARK: Honesty, which outranks recall

    @Test func aMistypedRegionFilterGetsDidYouMeanNotNothingFound() {
        let answer = AssistantFixture.assistant.respond(to: "iniciativas en region:afrika").answer
        let lead = Self.comparable(answer.lead)
        #expect(lead.contains("quisiste decir") && lead.contains("africa"), "\(answer.lead)")
        let reply = Self.comparable(answer.reply)
        #expect(
            !reply.contains("no encontre nada en afrika") && !reply.contains("no encontre nada en «afrika»"),
            "\(answer.reply)")
    }

    @Test func anAbsentOrganisationIsSaidToBeAbsentNotCounted() {
        let answer = AssistantFixture.assistant.respond(to: "¿Qué hace la Comunidad Andina contra el trabajo infantil?")
            .answer
        let lead = Self.comparable(answer.lead)
        #expect(answer.language == .spanish)
        #expect(lead.contains("no tengo") && lead.contains("comunidad andina"), "\(answer.lead)")
        // "3 iniciativas sobre Comunidad Andina" would count hits about words no hit is about.
        #expect(!(answer.lead.first?.isNumber ?? false), "\(answer.lead)")
    }

    @Test func anAbsentCountryIsSaidToBeAbsentNotCounted() {
        let answer = AssistantFixture.assistant.respond(to: "Which initiatives are there in Iceland?").answer
        let lead = Self.comparable(answer.lead)
        #expect(answer.language == .english)
        #expect(lead.contains("i don't have") && lead.contains("iceland"), "\(answer.lead)")
        #expect(!(answer.lead.first?.isNumber ?? false), "\(answer.lead)")
    }

    @Test func aRealEnglishWordIsNotCorrectedIntoAKnowledgeWord() {
        let answer = AssistantFixture.assistant.respond(to: "Who chairs COMMIT?").answer
        let corrections = answer.interpretation.corrections
        #expect(!corrections.contains(Correction(typed: "chairs", corrected: "chains")), "\(corrections)")
        #expect(
            !corrections.contains { Self.comparable($0.typed) == "chairs" },
            "'chairs' is an English word: \(corrections)")
    }

    /// Alliance 8.7 and the Global March are global: a region the question adds does
    /// not hide the initiative it names.
    @Test(arguments: [
        ("¿Qué hace la Alianza 8.7 en África?", "Alianza 8.7"),
        ("What does the Global March Against Child Labour do in Asia?", "Global March"),
    ])
    func aNamedInitiativeOutsideTheImpliedRegionIsStillNamed(_ question: String, _ name: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        let lead = Self.comparable(answer.lead)
        #expect(lead.contains(Self.comparable(name)), "\(answer.lead)")
        #expect(!lead.contains("no encontre nada") && !lead.contains("i did not find anything"), "\(answer.lead)")
    }
}
