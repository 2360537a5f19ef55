/// A CLDR plural category: the form of a noun a count takes in a language.
/// Arabic uses all six; Spanish and English use `one` and `other`.
package enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other
}

/// A language's cardinal plural rules, written as CLDR writes them
/// (`one: "n = 1"`, `few: "n % 100 = 3..10"`), for whole numbers.
///
/// The rules are data in each language pack; this type only reads and applies
/// them. It understands CLDR's syntax for integers: the operands `n` and `i`
/// (the number), `v`, `w`, `f`, `t`, `c` and `e` (zero for a whole number), `%`,
/// `=` and `!=` against values, ranges (`3..10`) and lists (`0,1`), `and`, `or`.
package struct PluralRules: Sendable, Hashable {
    private struct Rule: Sendable, Hashable {
        let category: PluralCategory
        let condition: Condition
    }

    private var rules: [Rule]

    /// Rules with no condition: every number is `other`.
    package static let none = PluralRules(rules: [])

    private init(rules: [Rule]) {
        self.rules = rules
    }

    /// Reads `rules` (category name → CLDR condition).
    /// - Throws: `PluralRuleError` naming the category and what was wrong.
    package init(_ rules: [String: String]) throws(PluralRuleError) {
        var parsed: [Rule] = []
        for (name, text) in rules {
            guard let category = PluralCategory(rawValue: name), category != .other else {
                throw PluralRuleError(
                    category: name,
                    message:
                        "unknown plural category; expected zero, one, two, few or many (other is what no rule matches)")
            }
            var parser = Parser(text)
            do {
                parsed.append(Rule(category: category, condition: try parser.condition()))
            } catch {
                throw PluralRuleError(category: name, message: error.message)
            }
        }
        // CLDR's order, so that the first matching rule wins as it does there.
        self.rules = parsed.sorted { Self.order($0.category) < Self.order($1.category) }
    }

    private static func order(_ category: PluralCategory) -> Int {
        PluralCategory.allCases.firstIndex(of: category) ?? 0
    }

    /// The category of the whole number `count`.
    package func category(of count: Int) -> PluralCategory {
        rules.first { $0.condition.holds(for: abs(count)) }?.category ?? .other
    }

    /// The categories the rules can give, with `other`.
    package var categories: Set<PluralCategory> {
        Set(rules.map(\.category) + [.other])
    }
}

package struct PluralRuleError: Error, Sendable, Equatable {
    package let category: String
    package let message: String
}

extension PluralRules {
    /// One relation: `n % 100 = 3..10`, `i != 0`.
    fileprivate struct Relation: Sendable, Hashable {
        var operand: Character
        var modulo: Int?
        var negated: Bool
        var ranges: [ClosedRange<Int>]

        func holds(for number: Int) -> Bool {
            // A whole number has no visible fraction digits and no exponent.
            var value = "ni".contains(operand) ? number : 0
            if let modulo { value %= modulo }
            return ranges.contains { $0.contains(value) } != negated
        }
    }

    /// A CLDR condition as CLDR writes it: `a and b or c`, alternatives of conjunctions.
    /// A flat value, not a tree: the grammar has no parentheses.
    fileprivate struct Condition: Sendable, Hashable {
        var alternatives: [[Relation]]

        func holds(for number: Int) -> Bool {
            alternatives.contains { relations in relations.allSatisfy { $0.holds(for: number) } }
        }
    }

    fileprivate struct Parser {
        struct Failure: Error { let message: String }

        private var words: [Substring]
        private var position = 0

        init(_ text: String) {
            // "n % 100 = 3..10" → n, %, 100, =, 3..10; "!=" stays one word.
            var spaced = ""
            for character in text {
                if "%=".contains(character) {
                    if spaced.last == "!" {
                        spaced.removeLast()
                        spaced += " != "
                    } else {
                        spaced += " \(character) "
                    }
                } else if character == "!" {
                    spaced += " !"
                } else {
                    spaced.append(character)
                }
            }
            words = spaced.split(whereSeparator: \.isWhitespace)
        }

        mutating func condition() throws(Failure) -> Condition {
            var alternatives = [try conjunction()]
            while take("or") { alternatives.append(try conjunction()) }
            guard position == words.count else { throw Failure(message: "unexpected '\(words[position])'") }
            return Condition(alternatives: alternatives)
        }

        private mutating func conjunction() throws(Failure) -> [Relation] {
            var relations = [try relation()]
            while take("and") { relations.append(try relation()) }
            return relations
        }

        private mutating func relation() throws(Failure) -> Relation {
            guard let word = next(), word.count == 1, let operand = word.first, "niwvftce".contains(operand) else {
                throw Failure(message: "expected an operand (n, i, v, f, t, w, c, e), as in \"n % 100 = 3..10\"")
            }
            var modulo: Int?
            if take("%") {
                guard let text = next(), let value = Int(text), value > 0 else {
                    throw Failure(message: "expected a number after %")
                }
                modulo = value
            }
            let negated: Bool
            if take("=") {
                negated = false
            } else if take("!=") {
                negated = true
            } else {
                throw Failure(message: "expected = or != after the operand")
            }
            guard let list = next() else { throw Failure(message: "expected values after = or !=") }
            var ranges: [ClosedRange<Int>] = []
            for item in list.split(separator: ",") {
                let bounds = item.split(separator: ".", omittingEmptySubsequences: true).compactMap { Int($0) }
                let isRange = item.contains("..")
                guard bounds.count == (isRange ? 2 : 1), bounds[0] <= bounds[bounds.count - 1] else {
                    throw Failure(message: "'\(item)' is not a value or a range such as 3..10")
                }
                ranges.append(bounds[0]...bounds[bounds.count - 1])
            }
            return Relation(operand: operand, modulo: modulo, negated: negated, ranges: ranges)
        }

        private mutating func next() -> Substring? {
            guard position < words.count else { return nil }
            defer { position += 1 }
            return words[position]
        }

        private mutating func take(_ word: String) -> Bool {
            guard position < words.count, words[position] == word else { return false }
            position += 1
            return true
        }
    }
}
