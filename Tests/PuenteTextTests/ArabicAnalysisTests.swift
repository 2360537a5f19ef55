import Testing

@testable import PuenteText

/// Arabic as the analyzer reads it: folded as Lucene normalises it, stemmed by
/// Snowball's Arabic stemmer, its function words dropped, and kept apart from the
/// Latin-script stemmers.
@Suite struct ArabicAnalysisTests {
    let analyzer = Analyzer()

    @Test(arguments: [
        ("العَمَل", "العمل"),  // harakat (fatha) removed
        ("الجَبْرِيّ", "الجبري"),  // sukun, kasra and shadda removed
        ("عمـــل", "عمل"),  // tatweel removed
        ("هٰذا", "هذا"),  // superscript alef removed
        ("الأطفال", "الاطفال"),  // alef with hamza above → alef
        ("إلى", "الي"),  // alef with hamza below → alef; alef maqsura → yeh
        ("آسيا", "اسيا"),  // alef with madda → alef
        ("ٱلعمل", "العمل"),  // alef wasla → alef
        ("منظمة", "منظمه"),  // taa marbuta → heh
        ("مسؤولية", "مسؤوليه"),  // hamza on waw kept, as Lucene keeps it
        ("٢٠٢٦", "2026"),  // Arabic-Indic digits → ASCII digits
    ])
    func foldingNormalisesArabicAsLuceneDoes(_ written: String, _ folded: String) {
        #expect(Folding.fold(written) == folded)
    }

    @Test func foldingLeavesLatinTextAsItWas() {
        #expect(Folding.fold("niño") == "nino")
        #expect(Folding.fold("cooperation") == "cooperation")
    }

    /// With and without the article, singular and plural, with and without hamza.
    @Test(arguments: [
        ("العمل", "عمل"),
        ("الأطفال", "أطفال"),
        ("للأطفال", "أطفال"),
        ("الجنوب", "جنوب"),
        ("الجبري", "جبري"),
        ("الدول", "دولة"),
        ("المنظمات", "منظمة"),
        ("الإقليمية", "إقليمي"),
        ("الاقليمية", "إقليمي"),
    ])
    func formsOfAWordShareTheirStem(_ one: String, _ other: String) {
        let stem = analyzer.stem(one, in: .arabic)
        #expect(stem == analyzer.stem(other, in: .arabic), "\(one) / \(other)")
        #expect(!stem.isEmpty)
    }

    @Test func harakatAndTatweelDoNotChangeTheStem() {
        let plain = analyzer.stem("العمل", in: .arabic)
        #expect(analyzer.stem("العَمَل", in: .arabic) == plain)
        #expect(analyzer.stem("العـمل", in: .arabic) == plain)
    }

    @Test func functionWordsAreDroppedAndPositionsKept() {
        let tokens = analyzer.tokens(in: "التعاون بين بلدان الجنوب في مجال عمل الأطفال", language: .arabic)
        #expect(tokens.map(\.text) == ["التعاون", "بلدان", "الجنوب", "مجال", "عمل", "الأطفال"])
        #expect(tokens.map(\.position) == [0, 2, 3, 5, 6, 7])
        #expect(analyzer.isStopword("إلى", inAnyOf: [.arabic]))
        #expect(analyzer.isStopword("الى", inAnyOf: [.arabic]))
        #expect(!analyzer.isStopword("عمل", inAnyOf: Language.allCases))
    }

    @Test func punctuationSeparatesArabicWords() {
        #expect(
            analyzer.words(in: "العمل الجبري، وعمل الأطفال؟").map(\.text) == ["العمل", "الجبري", "وعمل", "الأطفال"])
    }

    /// The script chooses the stemmer: Latin words never reach the Arabic one, and
    /// Arabic words get their Arabic stem whatever language a text is read in.
    @Test func theScriptChoosesTheStemmer() {
        #expect(analyzer.stem("cooperation", in: .arabic) == "cooperation")
        #expect(analyzer.stem("niños", in: .arabic) == "ninos")
        #expect(analyzer.stem("cooperación", in: .spanish) == "cooper")
        let arabic = analyzer.stem("الأطفال", in: .arabic)
        for language in Language.allCases {
            #expect(analyzer.stem("الأطفال", in: language) == arabic, "\(language)")
        }
    }

    @Test func scriptIsJudgedByTheFirstLetter() {
        #expect(Script.isArabic("عمل"))
        #expect(Script.isArabic("ﻻ"))
        #expect(!Script.isArabic("trabajo"))
        #expect(!Script.isArabic("niño"))
        #expect(!Script.isArabic(""))
        #expect(
            Script.isLatinLetter("é") && Script.isLatinLetter("Z") && !Script.isLatinLetter("×")
                && !Script.isLatinLetter("ع"))
    }

    /// Arabic has no case: its fast path must give what the standard library gives.
    @Test func arabicWordsLowerAsTheStandardLibraryLowersThem() {
        for word in ["العمل", "الجَبْرِيّ", "عمـل", "٢٠٢٦"] {
            let scalars = ArraySlice(Array(word.unicodeScalars))
            #expect(Tokenizer.lowercased(scalars) == word.lowercased())
        }
    }
}
