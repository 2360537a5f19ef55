import Testing
@testable import PuenteAssistant

/// The grammar the wording needs: places, counts, dates and French spacing.
@Suite struct WordingGrammarTests {
    let vocabulary = AssistantFixture.assistant.knowledge.vocabulary

    func wording(_ language: ReplyLanguage) -> Wording { Wording(language: language, vocabulary: vocabulary) }

    @Test func placesTakeTheirPrepositions() {
        #expect(wording(.spanish).inRegions(["africa", "americas"]) == "en África y las Américas")
        #expect(wording(.french).inRegions(["africa", "americas", "arab-states"]) == "en Afrique, dans les Amériques et dans les États arabes")
        #expect(wording(.portuguese).inRegions(["africa", "americas", "arab-states"]) == "na África, nas Américas e nos Estados Árabes")
        #expect(wording(.arabic).inRegions(["africa", "americas"]) == "في أفريقيا والأمريكتين")
        #expect(wording(.english).inRegions(["global"]) == "at global and interregional level")
        #expect(wording(.french).inRegions(["global"]) == "au niveau mondial et interrégional")
    }

    @Test func countsAgreeWithTheirNumber() {
        #expect(wording(.french).counted(0, .initiative) == "0 initiative")
        #expect(wording(.french).counted(2, .passage) == "2 passages de la note conceptuelle")
        #expect(wording(.portuguese).counted(1, .passage) == "1 trecho da nota conceitual")
        let arabic = wording(.arabic)
        #expect([1, 2, 3, 10, 11, 99, 100, 103].map { arabic.counted($0, .initiative) }
            == ["مبادرة واحدة", "مبادرتان", "3 مبادرات", "10 مبادرات", "11 مبادرة", "99 مبادرة", "100 مبادرة", "103 مبادرات"])
        #expect(arabic.counted(12, .passage) == "12 مقطعًا من المذكرة المفاهيمية")
    }

    @Test func listsJoinAsEachLanguageDoes() {
        #expect(wording(.spanish).join(["África", "Iberoamérica"]) == "África e Iberoamérica")
        #expect(wording(.spanish).join(["a", "b", "c"]) == "a, b y c")
        #expect(wording(.arabic).join(["أفريقيا", "آسيا", "أوروبا"]) == "أفريقيا، آسيا وأوروبا")
    }

    @Test func datesInTheFiveLanguages() {
        #expect(Wording.dayName("2026-02-12", language: .spanish) == "jueves 12 de febrero de 2026")
        #expect(Wording.dayName("2026-02-12", language: .english) == "Thursday 12 February 2026")
        #expect(Wording.dayName("2026-02-12", language: .french) == "jeudi 12 février 2026")
        #expect(Wording.dayName("2026-03-01", language: .french) == "dimanche 1er mars 2026")
        #expect(Wording.dayName("2026-02-12", language: .portuguese) == "quinta-feira, 12 de fevereiro de 2026")
        #expect(Wording.dayName("2026-02-12", language: .arabic) == "الخميس 12 فبراير 2026")
        #expect(Wording.dayName("2026-02-12", spanish: true) == "jueves 12 de febrero de 2026")
        #expect(Wording.dayName("soon", language: .french) == "soon")
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
        #expect(arabic.unknownFilterField("regoin", closest: "region") == "لا أعرف عامل التصفية «\u{2066}regoin:\u{2069}». هل تقصد «\u{2066}region:\u{2069}»؟")
        #expect(!arabic.nothingFound("قطن").unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
        #expect(arabic.pointsFor("سلاسل الإمداد").input == "/points سلاسل الإمداد")
    }
}
