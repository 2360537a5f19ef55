import Foundation
import PuenteSupport
import Yams

/// Reads a pack's sentences: one section of templates (`say:` for the assistant,
/// `client:` for the client) with the pack's `plural_rules`, `typography` and
/// `list_style`.
struct PhrasebookReader {
    let log: IssueLog

    /// The top-level keys this reader owns in a pack.
    static let keys = ["plural_rules", "typography", "list_style", "grammar", "say", "client"]

    /// The phrasebook of `section`, or nil with an issue for each problem: rules
    /// CLDR's syntax does not allow, a template that is neither text nor a mapping
    /// of plural categories, a counted template without a form for each category
    /// the rules give, or with a category they never give.
    func read(_ root: Node, section: String, file: String, code: String) -> Phrasebook? {
        var valid = true
        let plurals = readPlurals(root["plural_rules"], file: file, root: root, valid: &valid)
        var templates: [String: Phrasebook.Template] = [:]
        guard let mapping = root[section]?.mapping else {
            log.add(
                file, root[section]?.mark ?? root.mark,
                "missing '\(section)': the sentences of this language, key: \"template with {slots}\"")
            return nil
        }
        let categories = plurals.categories
        for (key, value) in mapping {
            let name = key.string ?? ""
            if let text = value.scalar?.string {
                templates[name] = .text(text)
            } else if let forms = value.mapping {
                var counted: [PluralCategory: String] = [:]
                for (category, form) in forms {
                    guard let known = category.string.flatMap(PluralCategory.init(rawValue:)),
                        categories.contains(known), let text = form.scalar?.string
                    else {
                        log.add(
                            file, category.mark,
                            "'\(category.string ?? "")' in '\(section).\(name)' is not a plural category of this pack's plural_rules; expected \(Self.names(categories))"
                        )
                        valid = false
                        continue
                    }
                    counted[known] = text
                }
                let missing = categories.subtracting(counted.keys)
                if !missing.isEmpty {
                    log.add(
                        file, value.mark,
                        "'\(section).\(name)' has no form for \(Self.names(missing)); a counted sentence has one for each of \(Self.names(categories))"
                    )
                    valid = false
                }
                templates[name] = .counted(counted)
            } else {
                log.add(
                    file, value.mark,
                    "'\(section).\(name)' should be a sentence, or a mapping of plural categories to sentences such as {one: \"{n} iniciativa\", other: \"{n} iniciativas\"}"
                )
                valid = false
            }
        }
        let typography = root["typography"]
        let before = typography?["no_break_space_before"]?.scalar?.string ?? ""
        let after = typography?["no_break_space_after"]?.scalar?.string ?? ""
        let direction = typography?["direction"]?.scalar?.string ?? "ltr"
        let commands = typography?["command_names"]?.scalar?.string ?? "en"
        guard ["ltr", "rtl"].contains(direction), ["es", "en"].contains(commands) else {
            log.add(
                file, typography?.mark ?? root.mark,
                "'typography' should give direction: ltr or rtl, and command_names: es or en (which name of a slash command readers are offered)"
            )
            return nil
        }
        let rewrites = readRewrites(root["grammar"], file: file, valid: &valid)
        guard valid else { return nil }
        return Phrasebook(
            code: code, templates: templates, plurals: plurals, listStyle: readListStyle(root["list_style"]),
            rewrites: rewrites,
            noBreakBefore: Set(before), noBreakAfter: Set(after), rightToLeft: direction == "rtl",
            commandNames: commands,
            languageName: root["name"]?.scalar?.string ?? "")
    }

    private static func names(_ categories: Set<PluralCategory>) -> String {
        PluralCategory.allCases.filter(categories.contains).map(\.rawValue).joined(separator: ", ")
    }

    private func readPlurals(_ node: Node?, file: String, root: Node, valid: inout Bool) -> PluralRules {
        guard let mapping = node?.mapping else {
            log.add(
                file, node?.mark ?? root.mark,
                "missing 'plural_rules': CLDR's cardinal rules for the language, such as {one: \"n = 1\"}")
            valid = false
            return .none
        }
        var rules: [String: String] = [:]
        for (category, rule) in mapping { rules[category.string ?? ""] = rule.scalar?.string ?? "" }
        do {
            return try PluralRules(rules)
        } catch {
            let mark = mapping.first { $0.key.string == error.category }?.value.mark
            log.add(file, mark ?? node?.mark, "plural rule '\(error.category)': \(error.message)")
            valid = false
            return .none
        }
    }

    /// `grammar`: for each role, a list of [pattern, template] pairs, each pattern an
    /// ICU regular expression.
    private func readRewrites(_ node: Node?, file: String, valid: inout Bool) -> [String: [Phrasebook.Rewrite]] {
        guard let mapping = node?.mapping else { return [:] }
        var rewrites: [String: [Phrasebook.Rewrite]] = [:]
        for (role, rules) in mapping {
            let name = role.string ?? ""
            for rule in rules.sequence ?? [] {
                let parts = rule.sequence?.compactMap { $0.scalar?.string } ?? []
                guard parts.count == 2, (try? NSRegularExpression(pattern: parts[0])) != nil else {
                    log.add(
                        file, rule.mark,
                        "a rule of 'grammar.\(name)' should be [pattern, template] with a valid regular expression, such as ['(?i)^le (.*)$', 'au $1']"
                    )
                    valid = false
                    continue
                }
                rewrites[name, default: []].append(Phrasebook.Rewrite(pattern: parts[0], template: parts[1]))
            }
        }
        return rewrites
    }

    private func readListStyle(_ node: Node?) -> Phrasebook.ListStyle {
        let text = { (key: String) in node?[key]?.scalar?.string }
        let words = { (key: String) in node?[key]?.sequence?.compactMap { $0.scalar?.string } ?? [] }
        return Phrasebook.ListStyle(
            between: text("between") ?? ", ", last: text("last") ?? ", ", alternateLast: text("alternate_last"),
            alternateBefore: words("alternate_before"), alternateNotBefore: words("alternate_not_before"))
    }
}
