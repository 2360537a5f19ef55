import PuenteRendering
import Testing

/// The moderator's documents read on a terminal: no Markdown syntax left, lists
/// indented, links that wrapping cannot break.
@Suite struct MarkdownLinesTests {
    private func screen(_ markdown: String, width: Int) -> String {
        MarkdownLines.lines(markdown).map { $0.render(width: width, colour: false) }.joined(separator: "\n")
    }

    @Test func headingsBoldListsAndSourcesLoseTheirMarkdown() {
        let markdown = """
            # Cooperación regional

            **Fecha:** jueves · **Hora:** 14:30

            ## Puntos

            1. La iniciativa ACCEL Africa trabaja en cinco países productores de cacao y algodón [1]
            - ACCEL Africa — África; Sur–Sur [1][2]
            - solo `tackle-acp` cubre África


            ## Fuentes:

            [1] [ACCEL Africa \\[OIT\\]](https://www.ilo.org/accel)
            - [2] [Alianza 8.7](https://www.alliance87.org)
            """
        #expect(
            screen(markdown, width: 40) == """
                Cooperación regional

                Fecha: jueves · Hora: 14:30

                Puntos

                  1. La iniciativa ACCEL Africa trabaja
                     en cinco países productores de
                     cacao y algodón [1]
                  · ACCEL Africa — África; Sur–Sur
                    [1][2]
                  · solo tackle-acp cubre África

                Fuentes:

                [1] ACCEL Africa [OIT] —
                    https://www.ilo.org/accel
                [2] Alianza 8.7 —
                    https://www.alliance87.org
                """)
    }

    @Test func aLinkInTextBecomesAFootnoteNumberedAfterTheCitations() {
        let markdown =
            "Un hecho [1] y [la página del programa](https://example.org/a/very/long/path) más.\n\n[1] Fuente"
        #expect(
            screen(markdown, width: 30) == """
                Un hecho [1] y la página del
                programa [2] más.

                [1] Fuente

                [2] https://example.org/a/very/long/path
                """)
        #expect(
            screen("- [3] [C182](https://en.wikipedia.org/wiki/Convention_(1999)).", width: 0)
                == "[3] C182 — https://en.wikipedia.org/wiki/Convention_(1999).")
    }

    @Test func tablesAndCodeStayAsTheyAreUnwrapped() {
        let markdown = "| tema | África |\n|---|---|\n| **cacao** | 2 |\n```\n# no heading at all\n```"
        #expect(screen(markdown, width: 10) == markdown)
    }

    @Test func hangingIndentsFollowListMarkers() {
        #expect(MarkdownLines.hangingIndent(of: "[12] texto") == 5)
        #expect(MarkdownLines.hangingIndent(of: "3. punto") == 3)
        #expect(MarkdownLines.hangingIndent(of: "  · hecho") == 4)
        #expect(MarkdownLines.hangingIndent(of: "texto") == 0)
    }
}
