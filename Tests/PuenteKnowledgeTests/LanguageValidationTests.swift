import Foundation
import Testing

@testable import PuenteKnowledge

/// The knowledge's languages: a record's name, summary, facts and talking points,
/// vocabulary labels and the session's words in all five, every `ar` text in
/// Arabic script. Each problem is reported at its `file:line:column`.
@Suite struct LanguageValidationTests {
    let record = "initiatives/sample.yaml"

    @Test func aFactMissingItsEnglishTextIsRefused() throws {
        let folder = try FixtureFolder()
        try folder.edit(record, replacing: "      en: The ministries adopted the plan in March 2021.\n", with: "")
        #expect(
            folder.issues() == [
                "\(record):24:7: missing required language 'en' in 'text'; expected es, en, fr, pt and ar"
            ])
    }

    @Test func aFactWithAnEmptyTextIsRefused() throws {
        let folder = try FixtureFolder()
        try folder.edit(record, replacing: "es: Los ministerios adoptaron el plan en marzo de 2021.", with: "es: \"\"")
        #expect(
            folder.issues() == [
                "\(record):24:11: 'es' in 'text' is empty; expected a text in every language of es, en, fr, pt and ar"
            ])
    }

    /// Format 1 wrote a fact's text as one Spanish string: the message says what format 2 wants.
    @Test func aFactInTheFirstFormatIsToldTheSecond() throws {
        let folder = try FixtureFolder()
        try folder.edit(
            record,
            replacing: """
                    text:
                      es: Los ministerios adoptaron el plan en marzo de 2021.
                      en: The ministries adopted the plan in March 2021.
                      fr: Les ministères ont adopté le plan en mars 2021.
                      pt: Os ministérios adotaram o plano em março de 2021.
                      ar: اعتمدت الوزارات الخطة في آذار/مارس 2021.
                """, with: "    text: Los ministerios adoptaron el plan en marzo de 2021.")
        #expect(
            folder.issues() == [
                "\(record):23:11: 'text' is the single text 'Los ministerios adoptaron el plan en mar…'; expected a text per language, es, en, fr, pt and ar, such as {es: …, en: …}"
            ])
    }

    @Test func aFactInALanguageItDoesNotTakeIsRefused() throws {
        let folder = try FixtureFolder()
        try folder.edit(
            record, replacing: "      en: The ministries",
            with: "      it: I ministeri hanno adottato il piano.\n      en: The ministries")
        #expect(folder.issues() == ["\(record):25:7: unknown field 'it' in 'text'; expected es, en, fr, pt, ar"])
    }

    @Test func aTalkingPointMissingItsEnglishTextIsRefused() throws {
        let folder = try FixtureFolder()
        try folder.edit(record, replacing: "    en: The plan brings together ministries of two regions.\n", with: "")
        #expect(
            folder.issues() == [
                "\(record):31:5: missing required language 'en' in a talking point; expected es, en, fr, pt and ar"
            ])
    }

    @Test func aSummaryMissingPortugueseIsRefused() throws {
        let folder = try FixtureFolder()
        try folder.edit(record, replacing: "  pt: Um plano regional para os trabalhadores migrantes.\n", with: "")
        #expect(
            folder.issues() == [
                "\(record):16:3: missing required language 'pt' in 'summary'; expected es, en, fr, pt and ar"
            ])
    }

    @Test func aVocabularyTermMissingArabicIsRefused() throws {
        let folder = try FixtureFolder()
        try folder.edit("vocabulary.yaml", replacing: "pt: plataforma, ar: منصة}", with: "pt: plataforma}")
        #expect(
            folder.issues() == [
                "vocabulary.yaml:15:13: missing required language 'ar' in 'labels'; expected es, en, fr, pt and ar"
            ])
    }

    @Test func anArabicLabelInLatinLettersIsRefused() throws {
        let folder = try FixtureFolder()
        try folder.edit("vocabulary.yaml", replacing: "ar: أفريقيا}", with: "ar: Ifriqiya}")
        #expect(
            folder.issues() == [
                "vocabulary.yaml:7:67: 'ar' in 'labels' has Latin letters: 'Ifriqiya'; expected a text in Arabic script"
            ])
    }

    @Test func anArabicLabelWithoutArabicLettersIsRefused() throws {
        let folder = try FixtureFolder()
        try folder.edit("vocabulary.yaml", replacing: "ar: أفريقيا}", with: "ar: \"8.7\"}")
        #expect(
            folder.issues() == [
                "vocabulary.yaml:7:67: 'ar' in 'labels' has no Arabic letter: '8.7'; expected a text in Arabic script"
            ])
    }

    /// Synonyms are names in any language: Latin and Arabic alike are accepted.
    @Test func synonymsMayBeInEitherScript() throws {
        let folder = try FixtureFolder()
        let knowledge = try KnowledgeLoader.load(from: folder.url)
        let term = try #require(knowledge.vocabulary.term(.theme, "labour-migration"))
        #expect(term.synonyms == ["migrant workers", "العمال المهاجرون"])
        #expect(term.labels["ar"] == "هجرة اليد العاملة")
        #expect(term.names.contains("هجرة اليد العاملة"))
    }

    @Test func theSessionNeedsAllFiveLanguages() throws {
        let folder = try FixtureFolder()
        try folder.edit("session.yaml", replacing: "  ar: مؤتمر تجريبي\n", with: "")
        try folder.edit("session.yaml", replacing: "    ar: كيف تتعاون المناطق؟\n", with: "")
        try folder.edit("session.yaml", replacing: "  ar: المغرب", with: "  ar: Morocco")
        #expect(
            folder.issues() == [
                "session.yaml:8:3: missing required language 'ar' in 'conference'; expected es, en, fr, pt and ar",
                "session.yaml:23:7: 'ar' in 'country' has Latin letters: 'Morocco'; expected a text in Arabic script",
                "session.yaml:32:5: missing required language 'ar' in a question; expected es, en, fr, pt and ar",
            ])
    }

    @Test func everyTextIsReadInItsLanguages() throws {
        let folder = try FixtureFolder()
        let knowledge = try KnowledgeLoader.load(from: folder.url)
        let sample = try #require(knowledge.initiative("sample"))
        #expect(sample.facts.first?.text["fr"] == "Les ministères ont adopté le plan en mars 2021.")
        #expect(sample.facts.first?.text["ar"] == "اعتمدت الوزارات الخطة في آذار/مارس 2021.")
        #expect(sample.talkingPoints.first?.languages == ["es", "ar", "en", "fr", "pt"])
        #expect(sample.summary.languages == ["es", "ar", "en", "fr", "pt"])
        #expect(knowledge.session.title.text(in: "ar") == "جلسة تجريبية")
        #expect(knowledge.session.questions.first?.text["pt"] == "Como cooperam as regiões?")
    }
}
