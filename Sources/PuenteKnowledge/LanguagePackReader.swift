import PuenteIndex
import PuenteSupport
import PuenteText
import Yams

/// Reads one `languages/<code>.yaml` against the lists every pack must hold.
struct LanguagePackReader {
    let log: IssueLog

    /// The pack in `root`, or nil with an issue for each problem: a missing or
    /// unknown key, a list that is not a list of texts, a `language` that is not the
    /// file's code, months that are not twelve, a number word without a number.
    func read(_ root: Node, file: String, expectedCode: String) -> LanguagePack? {
        var lists: [LanguagePack.List: [String]] = [:]
        var complete = true
        let tree = Self.keyTree
        check(root, path: [], tree: tree, file: file)
        for list in LanguagePack.List.allCases {
            guard let node = node(at: list.path, in: root) else {
                log.add(
                    file, root.mark,
                    "missing list '\(list.rawValue)'; every pack holds the lists of \(Self.reference).yaml")
                complete = false
                continue
            }
            guard let items = node.sequence else {
                log.add(
                    file, node.mark,
                    "'\(list.rawValue)' should be a list of words or phrases, such as [cuándo, en qué fecha]")
                complete = false
                continue
            }
            lists[list] = FieldReader.texts(Array(items), of: list.rawValue, file: file, log: log)
        }
        if let months = lists[.months], months.count != 12, node(at: ["months"], in: root)?.sequence != nil {
            log.add(
                file, node(at: ["months"], in: root)?.mark,
                "'months' has \(months.count) names; expected the 12 month names, January first")
            complete = false
        }
        let code = root["language"]?.scalar?.string
        if code != expectedCode {
            log.add(
                file, root["language"]?.mark ?? root.mark,
                "language '\(code ?? "")' does not match the file name; expected '\(expectedCode)'")
            complete = false
        }
        let name = root["name"]?.scalar?.string.trimmedOfWhitespace ?? ""
        if name.isEmpty {
            log.add(
                file, root["name"]?.mark ?? root.mark, "missing 'name': the language's name in itself, such as español")
            complete = false
        }
        let numbers = readNumbers(root["numbers"], file: file, root: root)
        let ordinals = readMapping(
            "ordinals", root["ordinals"], file: file, root: root,
            holding: "ordinal words and the place they name, -1 for the last",
            example: "{primero: 1, segundo: 2, último: -1}", valueRule: "a whole number, such as 2"
        ) { Int($0) }
        let shorthand = readMapping(
            "shorthand", root["shorthand"], file: file, root: root,
            holding: "chat shorthand and the words it stands for",
            example: "{q: qué, xq: por qué}", valueRule: "the word or words written out, such as qué"
        ) { $0.isEmpty ? nil : $0 }
        // A field's name in this language stands for the query syntax's own (`región:` for `region:`).
        let filterFields = readMapping(
            "filter_fields", root["filter_fields"], file: file, root: root,
            holding: "names of filter fields in this language and the field each stands for",
            example: "{región: region, tema: theme}",
            valueRule: "one of " + FacetKind.allCases.map(\.rawValue).joined(separator: ", ")
        ) { FacetKind(named: $0)?.rawValue }
        let countries = readCountryNames(root["country_names"], file: file, root: root)
        let display = readMapping(
            "country_display", root["country_display"], file: file, root: root,
            holding: "ISO codes and the names replies write for them", example: "{CN: China}",
            valueRule: "a country's name, such as China"
        ) { $0.isEmpty ? nil : $0 }
        let phrasebooks = PhrasebookReader(log: log)
        let sentences = phrasebooks.read(root, section: "say", file: file, code: expectedCode)
        let clientSentences = phrasebooks.read(root, section: "client", file: file, code: expectedCode)
        guard complete, let numbers, let ordinals, let shorthand, let filterFields, let countries, let display,
            let sentences, let clientSentences
        else { return nil }
        guard display.keys.allSatisfy(Self.isCountryCode) else {
            log.add(
                file, root["country_display"]?.mark,
                "each key of 'country_display' should be a two-letter ISO 3166-1 code in capitals, such as CN")
            return nil
        }
        return LanguagePack(
            code: expectedCode, name: name, lists: lists, numbers: numbers, ordinals: ordinals, shorthand: shorthand,
            filterFields: filterFields, countryNames: countries,
            countryDisplay: display, sentences: sentences, clientSentences: clientSentences)
    }

    /// The pack whose keys the others are compared with, named in messages.
    static let reference = "es"

    /// The keys a pack holds at each level: a leaf has no children. The top also
    /// holds `language`, `name` and `numbers`.
    private struct KeyTree: Sendable {
        var children: [String: KeyTree] = [:]

        mutating func add(_ path: ArraySlice<String>) {
            guard let first = path.first else { return }
            children[first, default: KeyTree()].add(path.dropFirst())
        }
    }

    private static let keyTree: KeyTree = {
        var top = KeyTree()
        for key in Self.mappings + ["language", "name"] { top.add([key]) }
        for list in LanguagePack.List.allCases { top.add(list.path[...]) }
        return top
    }()

    /// Top-level keys whose own keys are the pack's to choose (words, codes, sentence keys).
    private static let mappings =
        ["numbers", "ordinals", "shorthand", "filter_fields", "country_names", "country_display"]
        + PhrasebookReader.keys

    /// Reports every key of `node` that no pack has, with the closest one.
    private func check(_ node: Node, path: [String], tree: KeyTree, file: String) {
        guard let mapping = node.mapping, !tree.children.isEmpty else { return }
        let known = tree.children.keys.sorted()
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard let child = tree.children[name] else {
                let place = path.isEmpty ? "" : " in '\(path.joined(separator: "."))'"
                let hint = Lexicon(known).closest(to: name).map { " (did you mean '\($0)'?)" } ?? ""
                log.add(
                    file, key.mark, "unknown key '\(name)'\(place); expected \(known.joined(separator: ", "))\(hint)")
                continue
            }
            if !Self.mappings.contains(name) { check(value, path: path + [name], tree: child, file: file) }
        }
    }

    private func node(at path: [String], in root: Node) -> Node? {
        path.reduce(Optional(root)) { node, key in node?.mapping?[Node(key)] }
    }

    /// `country_names`: a mapping of a country's other name to its ISO 3166-1 alpha-2 code.
    private func readCountryNames(_ node: Node?, file: String, root: Node) -> [String: String]? {
        readMapping(
            "country_names", node, file: file, root: root, holding: "names CLDR lacks and their ISO codes",
            example: "{Costa de Marfil: CI}", valueRule: "a two-letter ISO 3166-1 code in capitals, such as CI"
        ) { code in
            Self.isCountryCode(code) ? code : nil
        }
    }

    private static func isCountryCode(_ code: String) -> Bool {
        code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// `numbers`: a mapping of number word to a whole number.
    private func readNumbers(_ node: Node?, file: String, root: Node) -> [String: Int]? {
        readMapping(
            "numbers", node, file: file, root: root, holding: "number words and their values",
            example: "{uno: 1, dos: 2}", valueRule: "a whole number, such as 40"
        ) { Int($0) }
    }

    /// A mapping of texts to values `parse` accepts; nil, with an issue for each
    /// problem, when it is missing, not a mapping, or holds a value `parse` refuses.
    private func readMapping<Value>(
        _ key: String, _ node: Node?, file: String, root: Node, holding: String, example: String, valueRule: String,
        parse: (String) -> Value?
    ) -> [String: Value]? {
        guard let node else {
            log.add(file, root.mark, "missing '\(key)': \(holding), such as \(example)")
            return nil
        }
        guard let mapping = node.mapping else {
            log.add(file, node.mark, "'\(key)' should be a mapping of \(holding), such as \(example)")
            return nil
        }
        var values: [String: Value] = [:]
        var valid = true
        for (name, value) in mapping {
            guard let text = name.string, let parsed = value.scalar.flatMap({ parse($0.string) }) else {
                log.add(file, value.mark, "'\(name.string ?? "")' in '\(key)' should be \(valueRule)")
                valid = false
                continue
            }
            values[text] = parsed
        }
        return valid ? values : nil
    }
}
