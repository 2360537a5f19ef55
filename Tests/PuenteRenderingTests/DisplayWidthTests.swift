import PuenteRendering
import Testing

/// Lines are wrapped by the columns they take on a terminal, whatever the script.
@Suite struct DisplayWidthTests {
    @Test func columnsFollowWhatATerminalDraws() {
        #expect(DisplayWidth.columns("cooperación") == 11)
        #expect(DisplayWidth.columns("coopera\u{63}\u{327}a\u{303}o") == 10, "decomposed accents take no column")
        #expect(DisplayWidth.columns("سلاسل") == 5)
        #expect(DisplayWidth.columns("سَلاسِلُ") == 5, "harakat take no column")
        #expect(DisplayWidth.columns("\u{2066}/points\u{2069}") == 7, "bidi isolates take no column")
        #expect(DisplayWidth.columns("日本") == 4)
        #expect(DisplayWidth.columns("🌍") == 2)
        #expect(DisplayWidth.columns("👩‍🌾") == 2, "a ZWJ sequence is one glyph")
        #expect(DisplayWidth.columns("\u{1B}") == 0)
    }

    /// An Arabic line with an isolated Latin command: 20 columns hold "نقاط للنقاش: /points",
    /// which has 22 characters and 40 UTF-8 bytes more than that.
    @Test func anArabicLineWrapsByDisplayWidth() {
        let line = StyledLine("نقاط للنقاش: \u{2066}/points\u{2069} سلاسل الإمداد في أفريقيا")
        let wrapped = line.render(width: 20, colour: false)
        #expect(wrapped == "نقاط للنقاش: \u{2066}/points\u{2069}\nسلاسل الإمداد في\nأفريقيا")
        for row in wrapped.split(separator: "\n") { #expect(DisplayWidth.columns(row) <= 20) }
    }

    @Test func harakatAndWideCharactersDoNotShiftTheBreaks() {
        let voweled = StyledLine("سَلاسِلُ الإمْدادِ في إفريقيا", hangingIndent: 2).render(width: 16, colour: false)
        #expect(voweled == "سَلاسِلُ الإمْدادِ في\n  إفريقيا")
        let wide = StyledLine("日本 の 協力 south").render(width: 10, colour: false)
        #expect(wide == "日本 の\n協力 south")
    }

    @Test func aWordIsNotBrokenWhereItsStyleChanges() {
        let line = StyledLine([
            ("[1]", .citation), (" «", .plain), ("Sur", .highlight), ("–Sur", .plain), (" uno dos", .plain),
        ])
        #expect(line.render(width: 7, colour: false) == "[1]\n«Sur–Sur\nuno dos")
    }

    @Test func leadingSpacesIndentTheLine() {
        #expect(
            StyledLine("  · un hecho largo", hangingIndent: 4).render(width: 12, colour: false)
                == "  · un hecho\n    largo")
        #expect(
            StyledLine([("    ", .plain), ("fragmento", .plain)]).render(width: 0, colour: false) == "    fragmento")
    }
}
