import Testing
@testable import PuenteAssistant

/// Two records called "IPEC": the rest of the question says which one is meant.
@Suite struct SharedNameTests {
    @Test(arguments: [
        ("What is the ILO IPEC cooperation with Morocco?", "ipec-morocco"),
        ("ما هو تعاون منظمة العمل الدولية مع المغرب في اطار برنامج ايبك؟", "ipec-morocco"),
        ("Which countries were part of the ILO-IPEC regional projects in Central Asia?", "ipec-central-asia-regional"),
    ])
    func theRestOfTheQuestionTellsThemApart(_ question: String, _ id: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(answer.hits.first?.id == id, "\(answer.lead)")
    }

    /// "projects" is plural, but a question naming one initiative asks its countries, not a list.
    @Test func aPluralInsideANamedRecordStillAsksItsCountries() {
        let answer = AssistantFixture.assistant.respond(
            to: "I cover Central Asia for our union. Which countries were part of the old ILO-IPEC regional child labour projects there (the 2004-2011 ones)?").answer
        #expect(answer.intent == .answer && answer.lead.contains("Kyrgyzstan") && answer.lead.contains("Tajikistan"), "\(answer.lead)")
    }
}

/// What a conversation asks after its first answer, read against what it showed.
@Suite struct DetailFollowUpTests {
    /// The summary says who funds ("a project financially supported by USDOL") when no fact does.
    @Test(arguments: [
        ["what is the ILO IPEC cooperation with Morocco?", "who funds it?"],
        ["ما هو تعاون منظمة العمل الدولية مع المغرب في اطار برنامج ايبك؟", "ومن يموله؟"],
    ])
    func theSummarySaysWhoFunds(_ turns: [String]) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.lead.contains("US Department of Labor") || last.lead.contains("وزارة العمل الأمريكية"), "\(last.lead)")
    }

    /// A long question whose every word the focus writes is about the focus.
    @Test func aQuestionTheFocusWritesWholeIsAboutIt() {
        let last = AssistantFixture.converse(["ما هو تعاون منظمة العمل الدولية مع المغرب في اطار برنامج ايبك؟", "وفي اي قطاع كان المشروع التجريبي في مراكش؟"]).last!.answer
        #expect(last.lead.contains("الصناعة التقليدية"), "\(last.lead)")
    }

    /// "e qual foi o orçamento?" after a list answers from those listed that give a budget;
    /// a bare new topic after a list is a new search.
    @Test func aDetailAfterAListIsAskedOfThoseThatWriteIt() {
        let steps = AssistantFixture.converse(["iniciativas sobre algodão", "e qual foi o orçamento?"])
        #expect(steps[1].answer.lead.contains("6,8 milhões"), "\(steps[1].answer.lead)")
        let fresh = AssistantFixture.converse(["iniciativas sobre algodão", "cadenas de suministro"]).last!.answer
        #expect(!fresh.interpretation.followUp, "\(fresh.lead)")
    }

    /// A list of one is that one: the next question is about it.
    @Test func aListOfOneIsTheFocus() {
        let steps = AssistantFixture.converse(["qué proyectos hay del PMA contra el trabajo infantil en egipto?", "¿y quién lo financia?"])
        #expect(steps[0].conversation.focus == "egypt-wfp-education-child-labour", "\(steps[0].answer.lead)")
        #expect(steps[1].answer.hits.first?.id == "egypt-wfp-education-child-labour", "\(steps[1].answer.lead)")
    }

    /// "et où ?" without its accent still asks where, after a record.
    @Test func whereWithoutItsAccentFollowsUp() {
        let last = AssistantFixture.converse(["il y a un accord entre le benin et le nigeria contre la traite des enfants ?", "et ou ?"]).last!.answer
        #expect(last.lead.contains("Cotonou"), "\(last.lead)")
    }
}

/// How a question's words choose among one record's facts.
@Suite struct UnitChoiceTests {
    /// "By how much" asks for a change, which the fact gives as a share.
    @Test func aChangeAskedForIsAShare() {
        let answer = AssistantFixture.assistant.respond(to: "By how much did forced labour drop in the Uzbek cotton harvest of 2019 compared with the year before?").answer
        #expect(answer.lead.contains("40%"), "\(answer.lead)")
    }

    /// A number beside no counted word is not replaced by a later one that holds less of the question.
    @Test func aCountCloserToTheQuestionIsKept() {
        let answer = AssistantFixture.assistant.respond(to: "Cuantos indigenas ngobe bugle se van de Panama a Costa Rica para las cosechas de cafe, mas o menos?").answer
        #expect(answer.lead.contains("60.000"), "\(answer.lead)")
    }

    /// «العمل المشترك لجامعة الدول العربية ومنظمة العمل العربية» names its bodies behind proclitics.
    @Test func aNameIsReadBehindProclitics() {
        let answer = AssistantFixture.assistant.respond(to: "ما هو العمل المشترك بين جامعة الدول العربية ومنظمة العمل العربية ضد عمل الاطفال؟").answer
        #expect(answer.hits.first?.id == "las-alo-accd-joint-child-labour-action", "\(answer.lead)")
    }

    /// Typed without accents, Portuguese is told by words only its texts write ("cacau").
    @Test func aPortugueseQuestionWithoutAccentsIsAnsweredInPortuguese() {
        let answer = AssistantFixture.assistant.respond(to: "o que e o protocolo harkin engel? vi citado numa apresentacao sobre cacau").answer
        #expect(answer.language == .portuguese, "\(answer.lead)")
    }
}
