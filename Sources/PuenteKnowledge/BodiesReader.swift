import PuenteSupport
import PuenteText
import Yams

/// Reads `bodies.yaml`: a list of bodies, each with an id, a kind, its name in the
/// five languages, optionally its short form in the five, and its acronyms.
struct BodiesReader {
    static let keys = ["id", "kind", "name", "short", "acronyms", "other_names"]
    let log: IssueLog

    func read(_ root: Node, file: String) -> [Body] {
        guard let entries = root.sequence else {
            log.add(file, root.mark, "bodies.yaml should be a list of bodies, each with id, kind and name")
            return []
        }
        var seen: Set<String> = []
        return entries.compactMap { node in
            guard let body = body(from: node, file: file) else { return nil }
            guard seen.insert(body.id).inserted else {
                log.add(file, node.mark, "body id '\(body.id)' is given twice; each body has one entry")
                return nil
            }
            return body
        }
    }

    private func body(from node: Node, file: String) -> Body? {
        guard let fields = FieldReader(node, file: file, log: log, what: "a body", keys: Self.keys, nested: true) else {
            return nil
        }
        let id = fields.string("id")
        if let id, !Formats.isIdentifier(id) {
            log.add(file, fields.node("id")?.mark, "'\(id)' is not a valid body id; expected \(Formats.identifierRule)")
        }
        let kindText = fields.string("kind")
        let kind = kindText.flatMap(Body.Kind.init(rawValue:))
        if let kindText, kind == nil {
            let kinds = Body.Kind.allCases.map(\.rawValue)
            log.add(
                file, fields.node("kind")?.mark,
                Choices.unknown(
                    "body kind", kindText, accepted: kinds.joined(separator: ", "),
                    closest: Lexicon(kinds).closest(to: kindText).map { [$0] } ?? []))
        }
        let name = fields.localized("name", required: Vocabulary.languages)
        let short = fields.node("short") == nil ? nil : fields.localized("short", required: Vocabulary.languages)
        let acronyms = fields.strings("acronyms", required: false)
        let otherNames = fields.strings("other_names", required: false)
        guard let id, Formats.isIdentifier(id), let kind, let name else { return nil }
        return Body(id: id, kind: kind, name: name, short: short, acronyms: acronyms, otherNames: otherNames)
    }
}
