import Foundation

/// The sentences one language says, from its language pack: templates with named
/// slots (`No encontré nada sobre «{words}».`), and counted ones with a form per
/// CLDR plural category (`{n} iniciativa` / `{n} iniciativas`).
///
/// Code names a sentence by its key and fills its slots; what the sentence says,
/// and how each language agrees a noun with its number, is the pack's.
package struct Phrasebook: Sendable, Hashable {
    /// A sentence as the pack writes it.
    package enum Template: Sendable, Hashable {
        case text(String)
        /// One form per plural category; `other` is always there.
        case counted([PluralCategory: String])
    }

    /// How a language joins the items of a list: "a, b y c", "a، b وc".
    package struct ListStyle: Sendable, Hashable {
        package var between: String
        package var last: String
        /// Another last connector before certain sounds (Spanish "e" before /i/:
        /// "Asia e Iberoamérica"), by how the last item begins, lower-cased.
        package var alternateLast: String?
        package var alternateBefore: [String]
        package var alternateNotBefore: [String]

        package init(
            between: String = ", ", last: String = ", ", alternateLast: String? = nil,
            alternateBefore: [String] = [], alternateNotBefore: [String] = []
        ) {
            self.between = between
            self.last = last
            self.alternateLast = alternateLast
            self.alternateBefore = alternateBefore
            self.alternateNotBefore = alternateNotBefore
        }
    }

    /// A rewrite of a name by the grammar of what stands before it: the first rule
    /// whose pattern (an ICU regular expression) matches replaces every match by its
    /// template (`$1` for a group). "(?i)^les (.*)$" → "dans les $1" says a French
    /// place after "in"; a name no rule matches stays as it is.
    package struct Rewrite: Sendable, Hashable {
        package let pattern: String
        package let template: String
        /// Compiled once, when the pack is read; nil for a pattern that is no regular expression.
        let expression: NSRegularExpression?

        package init(pattern: String, template: String) {
            self.pattern = pattern
            self.template = template
            self.expression = try? NSRegularExpression(pattern: pattern)
        }

        package static func == (left: Rewrite, right: Rewrite) -> Bool {
            left.pattern == right.pattern && left.template == right.template
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(pattern)
            hasher.combine(template)
        }
    }

    package let code: String
    package let plurals: PluralRules
    /// The pack's rewrites by role: `in_place`, `after_preposition`, `of`.
    private let rewrites: [String: [Rewrite]]
    package let listStyle: ListStyle
    private let templates: [String: Template]
    /// Marks written after a no-break space rather than a space (French: `?!:;»`),
    /// and marks followed by one (French: `«`), so that a wrapped line never starts
    /// with the mark.
    private let noBreakBefore: Set<Character>
    private let noBreakAfter: Set<Character>
    /// Whether the language is written right to left: Latin syntax inside its
    /// sentences (a slash command, a filter) is then isolated left to right.
    package let rightToLeft: Bool
    /// Which name of a slash command its readers are offered: the Spanish one
    /// ("es", for Spanish and Portuguese readers) or the English one ("en").
    package let commandNames: String
    /// The language's name in itself ("español", "English", "العربية"), from the pack's `name`.
    package let languageName: String

    package init(
        code: String, templates: [String: Template], plurals: PluralRules = .none, listStyle: ListStyle = ListStyle(),
        rewrites: [String: [Rewrite]] = [:],
        noBreakBefore: Set<Character> = [], noBreakAfter: Set<Character> = [], rightToLeft: Bool = false,
        commandNames: String = "en",
        languageName: String = ""
    ) {
        self.code = code
        self.rewrites = rewrites
        self.rightToLeft = rightToLeft
        self.commandNames = commandNames
        self.languageName = languageName
        self.listStyle = listStyle
        self.templates = templates
        self.plurals = plurals
        self.noBreakBefore = noBreakBefore
        self.noBreakAfter = noBreakAfter
    }

    package var keys: Set<String> { Set(templates.keys) }

    package func template(_ key: String) -> Template? { templates[key] }

    /// The sentence `key` with its slots filled; a counted sentence takes the form
    /// of `count`'s plural category and writes the number in `{n}`.
    ///
    /// A key the pack lacks is said as `⟨key⟩`: packs are checked against each other
    /// when loaded and against the code's keys by tests, so it shows only a gap.
    package func say(_ key: String, _ slots: [String: String] = [:], count: Int? = nil) -> String {
        let written: String
        switch templates[key] {
        case .text(let text)?:
            written = text
        case .counted(let forms)?:
            let category = count.map(plurals.category(of:)) ?? .other
            written = forms[category] ?? forms[.other] ?? ""
        case nil:
            return "⟨\(key)⟩"
        }
        var filled = slots
        if let count { filled["n"] = String(count) }
        return spaced(Self.fill(written, with: filled))
    }

    /// `name` rewritten by the pack's rules for `role` (see `Rewrite`); as it is when
    /// the pack has none or none matches.
    package func rewrite(_ name: String, as role: String) -> String {
        for rule in rewrites[role] ?? [] {
            guard let expression = rule.expression else { continue }
            let whole = NSRange(name.startIndex..., in: name)
            guard expression.firstMatch(in: name, range: whole) != nil else { continue }
            return expression.stringByReplacingMatches(in: name, range: whole, withTemplate: rule.template)
        }
        return name
    }

    /// The items joined as the language lists them: "a, b y c", "a, b and c", "a، b وc".
    package func join(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        let lowered = last.lowercased()
        let alternate = listStyle.alternateLast.flatMap { connector in
            listStyle.alternateBefore.contains(where: lowered.hasPrefix)
                && !listStyle.alternateNotBefore.contains(where: lowered.hasPrefix) ? connector : nil
        }
        return items.dropLast().joined(separator: listStyle.between) + (alternate ?? listStyle.last) + last
    }

    /// `template` with each `{name}` replaced by its value; a `{name}` with no value
    /// is left as written.
    package static func fill(_ template: String, with slots: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += slots[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The names of the slots `template` fills, in order of first use.
    package static func slots(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !names.contains(name) { names.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// `text` with the spaces before `noBreakBefore` marks and after `noBreakAfter`
    /// marks made no-break. Text written without those spaces is left as it is.
    package func spaced(_ text: String) -> String {
        guard !noBreakBefore.isEmpty || !noBreakAfter.isEmpty, text.contains(" ") else { return text }
        var result = ""
        var pendingSpace = false
        var previous: Character?
        for character in text {
            if character == " " {
                if pendingSpace { result.append(" ") }
                // A space after « is held to it at once; others wait to see what follows.
                if let previous, noBreakAfter.contains(previous) {
                    result += Self.noBreakSpace
                    pendingSpace = false
                } else {
                    pendingSpace = true
                }
            } else {
                if pendingSpace { result += noBreakBefore.contains(character) ? Self.noBreakSpace : " " }
                pendingSpace = false
                result.append(character)
            }
            previous = character
        }
        if pendingSpace { result.append(" ") }
        return result
    }

    /// No-break space (U+00A0): one column wide, and supported by every terminal font,
    /// where the narrow U+202F that fine typography prefers often is not.
    package static let noBreakSpace = "\u{A0}"
}
