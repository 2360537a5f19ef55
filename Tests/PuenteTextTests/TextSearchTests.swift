import Testing

@testable import PuenteText

/// `includes` is how cue phrases and names are found in a question: it must find a
/// phrase wherever it stands and only where all its bytes stand together.
@Suite struct TextSearchTests {
    @Test func aPhraseIsFoundAtTheStartInTheMiddleAndAtTheEnd() {
        let question = " quien financia accel africa "
        #expect(question.includes(" quien "))
        #expect(question.includes(" financia "))
        #expect(question.includes(" africa "))
        #expect(question.includes(question))
    }

    @Test func aPhraseIsNotFoundFromPiecesOrPastTheEnd() {
        let question = " quien financia accel africa "
        #expect(!question.includes(" financiacion "))
        #expect(!question.includes(" quien accel "))
        #expect(!question.includes(" africa  "))
        #expect(!" ab ".includes(" ab c "))
    }

    @Test func bytesOfOtherScriptsAndSubstringsCompareExactly() {
        #expect(" متى أطلقت الحملة ".includes(" متى "))
        #expect(!" متى أطلقت الحملة ".includes(" أين "))
        #expect("coût: 20 €".includes("€"))
        #expect(!"cout: 20 $".includes("€"))
        let text = "la OIT actúa como secretaría"
        #expect(text[text.firstIndex(of: "O")!...].includes("secretaría"))
        #expect(!text.includes("secretaria"), "accents are compared as written")
    }

    @Test func anEmptyPhraseIsEverywhere() {
        #expect("".includes(""))
        #expect("abc".includes(""))
        #expect(!"".includes("a"))
    }
}
