import PuenteSupport
import Testing

@testable import PuenteAssistant

/// The grammar the wording needs: places, counts, dates and French spacing.
@Suite struct WordingGrammarTests {
    let knowledge = AssistantFixture.assistant.knowledge

    func wording(_ language: ReplyLanguage) -> Wording { Wording(language: language, knowledge: knowledge) }

    @Test func placesTakeTheirPrepositions() {
        #expect(wording(.spanish).inRegions(["africa", "americas"]) == "en África y las Américas")
        #expect(
            wording(.french).inRegions(["africa", "americas", "arab-states"])
                == "en Afrique, dans les Amériques et dans les États arabes")
        #expect(
            wording(.portuguese).inRegions(["africa", "americas", "arab-states"])
                == "na África, nas Américas e nos Estados Árabes")
        #expect(wording(.arabic).inRegions(["africa", "americas"]) == "في أفريقيا والأمريكتين")
        #expect(wording(.english).inRegions(["global"]) == "at global and interregional level")
        #expect(wording(.french).inRegions(["global"]) == "au niveau mondial et interrégional")
    }

    @Test func countsAgreeWithTheirNumber() {
        #expect(wording(.french).counted(0, .initiative) == "0 initiative")
        #expect(wording(.french).counted(2, .passage) == "2 passages de la note conceptuelle")
        #expect(wording(.portuguese).counted(1, .passage) == "1 trecho da nota conceitual")
        let arabic = wording(.arabic)
        #expect(
            [1, 2, 3, 10, 11, 99, 100, 103].map { arabic.counted($0, .initiative) }
                == [
                    "مبادرة واحدة", "مبادرتان", "3 مبادرات", "10 مبادرات", "11 مبادرة", "99 مبادرة", "100 مبادرة",
                    "103 مبادرات",
                ])
        #expect(arabic.counted(12, .passage) == "12 مقطعًا من المذكرة المفاهيمية")
    }

    @Test func listsJoinAsEachLanguageDoes() {
        #expect(wording(.spanish).join(["África", "Iberoamérica"]) == "África e Iberoamérica")
        #expect(wording(.spanish).join(["a", "b", "c"]) == "a, b y c")
        #expect(wording(.arabic).join(["أفريقيا", "آسيا", "أوروبا"]) == "أفريقيا، آسيا وأوروبا")
    }

    @Test func datesInTheFiveLanguages() {
        #expect(wording(.spanish).day("2026-02-12") == "jueves 12 de febrero de 2026")
        #expect(wording(.english).day("2026-02-12") == "Thursday 12 February 2026")
        #expect(wording(.french).day("2026-02-12") == "jeudi 12 février 2026")
        #expect(wording(.portuguese).day("2026-02-12") == "quinta-feira, 12 de fevereiro de 2026")
        #expect(wording(.arabic).day("2026-02-12") == "الخميس 12 فبراير 2026")
        #expect(wording(.french).day("soon") == "soon")
    }

    /// Arabic says one and two hours with the noun alone, and the plural from three to ten.
    @Test func durationsAgreeWithTheirNumber() {
        let arabic = wording(.arabic)
        #expect(arabic.say("duration_hours", count: 1) == "ساعة")
        #expect(arabic.say("duration_hours", count: 2) == "ساعتين")
        #expect(arabic.say("duration_hours", count: 3) == "3 ساعات")
        #expect(arabic.say("duration_minutes", count: 45) == "45 دقيقة")
        #expect(wording(.spanish).say("duration_minutes", count: 45) == "45 min")
    }

    /// A wrapped French line never starts with "?" or "»": the spaces before them do not break.
    @Test func frenchPunctuationIsHeldByNoBreakSpaces() {
        let french = wording(.french).didYouMean("Afrique")
        #expect(french == "Vouliez-vous dire «\u{A0}Afrique\u{A0}»\u{A0}?")
        #expect(!wording(.spanish).didYouMean("África").contains("\u{A0}"))
    }

    /// Latin syntax in an Arabic sentence is isolated left to right; nothing else is.
    @Test func arabicIsolatesOnlyLatinSyntax() {
        let arabic = wording(.arabic)
        #expect(
            arabic.unknownFilterField("regoin", closest: "region")
                == "لا أعرف عامل التصفية «\u{2066}regoin:\u{2069}». هل تقصد «\u{2066}region:\u{2069}»؟")
        #expect(!arabic.nothingFound("قطن").unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
        #expect(arabic.pointsFor("سلاسل الإمداد").input == "/points سلاسل الإمداد")
    }
}
