import Testing

@testable import PuenteSupport

/// CLDR's plural rules, read from their text as the packs write them.
@Suite struct PluralRulesTests {
    @Test func arabicHasSixCategories() throws {
        let rules = try PluralRules([
            "zero": "n = 0", "one": "n = 1", "two": "n = 2", "few": "n % 100 = 3..10", "many": "n % 100 = 11..99",
        ])
        #expect(
            [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map { rules.category(of: $0) }
                == [.zero, .one, .two, .few, .few, .many, .many, .other, .other, .few, .many])
    }

    @Test func listsRangesAndConjunctions() throws {
        let french = try PluralRules([
            "one": "i = 0,1", "many": "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5",
        ])
        #expect(
            [0, 1, 2, 1_000_000, 2_000_001].map { french.category(of: $0) } == [.one, .one, .other, .many, .other])
    }

    @Test func aRuleOutsideTheSyntaxIsRefusedWithItsCategory() {
        #expect(throws: PluralRuleError(category: "few", message: "expected = or != after the operand")) {
            try PluralRules(["few": "n between 3 and 10"])
        }
        #expect(
            throws: PluralRuleError(
                category: "several",
                message: "unknown plural category; expected zero, one, two, few or many (other is what no rule matches)"
            )
        ) {
            try PluralRules(["several": "n = 3"])
        }
    }

    @Test func phrasebookFillsSlotsAndPicksTheForm() throws {
        let book = Phrasebook(
            code: "xx",
            templates: [
                "found": .text("Found {what} ({count})."),
                "count": .counted([.one: "{n} thing", .other: "{n} things"]),
            ],
            plurals: try PluralRules(["one": "n = 1"]), listStyle: .init(between: ", ", last: " & "),
            noBreakBefore: ["?"], noBreakAfter: [])
        #expect(book.say("found", ["what": "cotton", "count": "3"]) == "Found cotton (3).")
        #expect(book.say("count", count: 1) == "1 thing")
        #expect(book.say("count", count: 4) == "4 things")
        #expect(book.say("absent") == "⟨absent⟩")
        #expect(book.join(["a", "b", "c"]) == "a, b & c")
        #expect(book.spaced("Quoi ?") == "Quoi\u{A0}?")
    }
}
