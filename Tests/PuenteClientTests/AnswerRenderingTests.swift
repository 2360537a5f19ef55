import PuenteSupport
import Testing

@testable import PuenteClient
@testable import PuenteProtocol

/// The client renders an answer from its fields, with the labels of the answer's
/// language; it never reads the daemon's prose (`reply` is empty here).
@Suite struct AnswerRenderingTests {
    static let answer = Wire.AskResult(
        session: "s-1", intent: .search, language: .spanish, reply: "", lead: "2 iniciativas en África sobre cacao",
        hits: [
            Wire.Hit(
                citation: 1, id: "accel-africa", kind: .initiative, title: "ACCEL Africa", section: nil, score: 2,
                snippet: "cadenas del cacao en seis países", highlights: [Wire.Highlight(start: 13, length: 5)]),
            Wire.Hit(
                citation: 2, id: "clef", kind: .initiative, title: "CLEF", section: nil, score: 1,
                snippet: "educación en zonas de cacao", highlights: []),
        ],
        sources: [
            Wire.Source(number: 1, id: "accel-africa", title: "ACCEL Africa", url: "https://example.org/accel"),
            Wire.Source(number: 2, id: "clef", title: "CLEF", url: nil),
        ],
        interpretation: Wire.Interpretation(
            filters: [.region: ["africa"]], exclusions: [.modality: ["bilateral"]], topicTerms: ["cocoa"],
            topic: ["cacao"],
            corrections: [Wire.Correction(typed: "cacoa", corrected: "cacao")], expansions: ["cocoa"],
            canonicalQuery: "region:africa -modality:bilateral cacao", followUp: true, relaxed: true,
            labels: ["africa": "África", "bilateral": "cooperación bilateral", "cocoa": "cacao"]),
        suggestions: [Wire.Suggestion(text: "¿Y en las Américas? (3)", input: "¿y en las Américas?")],
        total: 2,
        notices: [Wire.Notice(kind: .relaxed), Wire.Notice(kind: .filtersDropped, facet: .region, ids: ["africa"])])

    /// The same answer said in the language of `code`.
    static func answer(in language: ReplyLanguage) -> Wire.AskResult {
        var answer = answer
        answer.language = language
        return answer
    }

    @Test func spanish() {
        let text = Renderer(words: ClientWords(.spanish), colour: false, width: 0).answer(Self.answer)
        #expect(
            text == """
                2 iniciativas en África sobre cacao.
                Ninguna fuente reúne todas las palabras; muestro las que más se acercan.
                Nada con región África: muestro lo más cercano sin ese filtro.

                [1] «cadenas del cacao en seis países» — ACCEL Africa
                [2] «educación en zonas de cacao» — CLEF

                Fuentes:
                [1] ACCEL Africa — https://example.org/accel
                [2] CLEF

                Entendí: seguimiento de la pregunta anterior · región: África · modalidad: fuera de cooperación bilateral · tema: cacao · corregido: cacoa → cacao · añadido: cocoa
                Consulta: region:africa -modality:bilateral cacao
                Sugerencias: ¿Y en las Américas? (3)
                """)
    }

    /// A Spanish client shows an answer in English with English labels: one language per answer.
    @Test func english() {
        let text = Renderer(words: ClientWords(.spanish), colour: false, width: 0).answer(Self.answer(in: .english))
        #expect(text.contains("No source has every word; these come closest."))
        #expect(text.contains("Nothing with region África: the closest without that filter."))
        #expect(text.contains("Sources:\n[1] ACCEL Africa — https://example.org/accel"))
        #expect(
            text.contains(
                "Understood: follow-up to the previous question · region: África · modality: not cooperación bilateral · theme: cacao · corrected: cacoa → cacao · added: cocoa"
            ))
        #expect(text.contains("Query: region:africa -modality:bilateral cacao"))
    }

    @Test func theContextComesFromTheInterpretation() {
        let renderer = Renderer(words: ClientWords(.spanish), colour: false, width: 0)
        #expect(renderer.context(nil) == "Sin contexto: la próxima pregunta empieza de cero.")
        #expect(
            renderer.context(Self.answer.interpretation) == """
                Contexto de la conversación:
                  región: África
                  modalidad: fuera de cooperación bilateral
                  cacao
                  Consulta: region:africa -modality:bilateral cacao
                """)
    }
}
