import Foundation
import PuenteText
import Yams

/// A YAML mapping read field by field. Every problem (a missing, empty or
/// mistyped field, an unknown key) goes to the log with the line and column of
/// the node it concerns, and reading carries on so that one pass finds them all.
struct FieldReader {
    let file: String
    let log: IssueLog
    let mark: Mark?
    /// What the mapping is, for messages about fields missing from it; nil at a file's top.
    let context: String?
    private let fields: [String: Node]

    /// Reads `node` as a mapping with the given keys; nil (and an issue) when it is not one.
    init?(_ node: Node, file: String, log: IssueLog, what: String, keys: [String], nested: Bool = true) {
        guard let mapping = node.mapping else {
            log.add(file, node.mark, "\(what) should be a mapping of fields (\(keys.joined(separator: ", ")))")
            return nil
        }
        self.file = file
        self.log = log
        self.mark = node.mark
        self.context = nested ? what : nil
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if keys.contains(name) {
                fields[name] = value
            } else {
                let hint = Lexicon(keys).closest(to: name).map { " (did you mean '\($0)'?)" } ?? ""
                log.add(
                    file, key.mark,
                    "unknown field '\(name)' in \(what); expected \(keys.joined(separator: ", "))\(hint)")
            }
        }
        self.fields = fields
    }

    func node(_ key: String) -> Node? { fields[key] }

    func missing(_ key: String) {
        log.add(file, mark, "missing required field '\(key)'" + (context.map { " in \($0)" } ?? ""))
    }

    /// A non-empty text field; nil (and an issue when required) otherwise.
    func string(_ key: String, required: Bool = true) -> String? {
        guard let node = fields[key] else {
            if required { missing(key) }
            return nil
        }
        guard let scalar = node.scalar else {
            log.add(file, node.mark, "field '\(key)' should be text")
            return nil
        }
        let text = scalar.string.trimmedOfWhitespace
        guard !text.isEmpty, text != "~", text != "null" else {
            log.add(file, node.mark, "field '\(key)' is empty")
            return nil
        }
        return text
    }

    /// A list of texts; an issue when missing (if required), not a list, or
    /// (with `nonEmpty`) empty.
    func strings(_ key: String, required: Bool = true, nonEmpty: Bool = false) -> [String] {
        Self.texts(nodes(key, required: required, nonEmpty: nonEmpty), of: key, file: file, log: log)
    }

    /// The texts of a list's `items`, each trimmed; an issue for each entry that is
    /// not a non-empty text.
    static func texts(_ items: [Node], of key: String, file: String, log: IssueLog) -> [String] {
        items.compactMap { item in
            guard let text = item.scalar?.string.trimmedOfWhitespace, !text.isEmpty else {
                log.add(file, item.mark, "each entry of '\(key)' should be a non-empty text")
                return nil
            }
            return text
        }
    }

    /// The items of a list field.
    func nodes(_ key: String, required: Bool = true, nonEmpty: Bool = false) -> [Node] {
        guard let node = fields[key] else {
            if required { missing(key) }
            return []
        }
        guard let sequence = node.sequence else {
            log.add(file, node.mark, "field '\(key)' should be a list")
            return []
        }
        if nonEmpty && sequence.isEmpty {
            log.add(file, node.mark, "field '\(key)' is an empty list; give at least one entry")
        }
        return Array(sequence)
    }

    /// The text of `key` in several languages: a mapping of language code to
    /// text that must hold every language of `required` and no other than
    /// `allowed`. Nil (and an issue for each problem) when it does not.
    func localized(_ key: String, required languages: [String], allowed: [String] = Vocabulary.languages)
        -> LocalizedText?
    {
        guard let node = fields[key] else {
            missing(key)
            return nil
        }
        return Self.localized(node, file: file, log: log, what: "'\(key)'", required: languages, allowed: allowed)
    }

    /// `node` read as a mapping of language code to text (see `localized(_:required:allowed:)`);
    /// `what` names it in messages.
    static func localized(
        _ node: Node, file: String, log: IssueLog, what: String, required: [String], allowed: [String]
    ) -> LocalizedText? {
        // A single text is what format 1 wrote for facts and talking points: say
        // what format 2 wants instead of only that a mapping was expected.
        if let scalar = node.scalar {
            log.add(
                file, node.mark,
                "\(what) is the single text '\(excerpt(scalar.string))'; expected a text per language, "
                    + "\(list(required)), such as {es: …, en: …}")
            return nil
        }
        guard let reader = FieldReader(node, file: file, log: log, what: what, keys: allowed) else { return nil }
        return reader.texts(required: required, allowed: allowed)
    }

    /// This mapping's texts under the language keys of `allowed`, which must hold
    /// every language of `required`, each a non-empty text, an Arabic one in
    /// Arabic script. Nil (and an issue for each problem) when they do not.
    func texts(required: [String], allowed: [String]) -> LocalizedText? {
        var texts: [String: String] = [:]
        var complete = true
        let place = context.map { " in \($0)" } ?? ""
        for language in allowed {
            guard let node = fields[language] else {
                if required.contains(language) {
                    log.add(
                        file, mark, "missing required language '\(language)'\(place); expected \(Self.list(required))")
                    complete = false
                }
                continue
            }
            guard let scalar = node.scalar else {
                log.add(file, node.mark, "'\(language)'\(place) should be a text")
                complete = false
                continue
            }
            let text = scalar.string.trimmedOfWhitespace
            guard !text.isEmpty, text != "~", text != "null" else {
                log.add(
                    file, node.mark,
                    "'\(language)'\(place) is empty; expected a text in every language of \(Self.list(required))")
                complete = false
                continue
            }
            if language == "ar", let problem = Self.notArabic(text) {
                log.add(
                    file, node.mark,
                    "'ar'\(place) \(problem): '\(Self.excerpt(text))'; expected a text in Arabic script")
                complete = false
                continue
            }
            texts[language] = text
        }
        return complete ? LocalizedText(texts) : nil
    }

    /// Why `text` is not Arabic script, or nil when it is: Latin letters are
    /// refused (an English or transliterated text pasted under `ar`), and so is
    /// a text with no Arabic letter at all. Digits and punctuation are fine.
    static func notArabic(_ text: String) -> String? {
        if text.unicodeScalars.contains(where: Script.isLatinLetter) { return "has Latin letters" }
        if !text.unicodeScalars.contains(where: { Script.isArabic($0) && $0.properties.isAlphabetic }) {
            return "has no Arabic letter"
        }
        return nil
    }

    /// "es and en", "es, en, fr, pt and ar".
    static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// At most 40 characters of `text`, for quoting it in a message.
    static func excerpt(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}

extension String {
    /// Without leading and trailing Unicode whitespace (line breaks included): what
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without
    /// bridging every field of every record through `NSString` at start-up.
    var trimmedOfWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
