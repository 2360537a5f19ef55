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
                log.add(file, key.mark, "unknown field '\(name)' in \(what); expected \(keys.joined(separator: ", "))\(hint)")
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
        nodes(key, required: required, nonEmpty: nonEmpty).compactMap { item in
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
        if nonEmpty && sequence.isEmpty { log.add(file, node.mark, "field '\(key)' is an empty list; give at least one entry") }
        return Array(sequence)
    }

    /// A mapping of language code to text, which must hold every language in `required`.
    func localized(_ key: String, required languages: [String], allowed: [String] = Vocabulary.languages) -> [String: String] {
        guard let node = fields[key] else {
            missing(key)
            return [:]
        }
        guard let reader = FieldReader(node, file: file, log: log, what: "'\(key)'", keys: allowed) else { return [:] }
        var texts: [String: String] = [:]
        for language in allowed {
            if let text = reader.string(language, required: languages.contains(language)) { texts[language] = text }
        }
        return texts
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
