import Foundation
import Yams

#if canImport(Glibc)
    import Glibc
#endif

/// Loads and validates a knowledge folder:
///
/// ```
/// session.yaml          the session's metadata and guiding questions
/// concept-note.es.md    the concept note (its name is given in session.yaml)
/// vocabulary.yaml       themes, regions, modalities, mechanisms
/// bodies.yaml           the bodies initiatives name as lead or partners
/// initiatives/*.yaml    one initiative per file, named after its id
/// languages/*.yaml      one language pack per language (see `LanguagePack`); a
///                       folder without its own reads the bundled packs
/// ```
///
/// Every problem in every file is collected before loading fails, so an editor
/// sees them all at once, each as `file:line:column: message`.
public enum KnowledgeLoader {
    public static func load(from directory: URL) throws(KnowledgeError) -> Knowledge {
        var loading = Loading(directory: directory)
        let knowledge = loading.run()
        let issues = loading.log.sorted
        guard issues.isEmpty, let knowledge else { throw KnowledgeError(issues: issues) }
        return knowledge
    }
}

/// One load in progress: the files read so far and the problems found.
private struct Loading {
    let directory: URL
    let log = IssueLog()
    private var digest = FNV1a()

    init(directory: URL) {
        self.directory = directory
    }

    mutating func run() -> Knowledge? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            log.add(
                directory.path, line: 0,
                "no knowledge folder here; expected a folder holding session.yaml, vocabulary.yaml and initiatives/")
            return nil
        }
        let sessionRoot = yaml("session.yaml")
        let session = sessionRoot.flatMap { SessionReader.read($0, file: "session.yaml", log: log) }
        let vocabulary =
            yaml("vocabulary.yaml").map { VocabularyReader.read($0, file: "vocabulary.yaml", log: log) }
            ?? Vocabulary(terms: [])
        // An invalid session.yaml still names its note: read that, not a default, so the
        // editor is not told about a file they never meant.
        let noteFile = session?.conceptNoteFile ?? sessionRoot?["concept_note"]?.string ?? "concept-note.es.md"
        let note = text(noteFile).map { ConceptNoteParser.parse($0, file: noteFile, log: log) }
        let bodies = yaml("bodies.yaml").map { BodiesReader(log: log).read($0, file: "bodies.yaml") } ?? []
        let initiatives = readInitiatives(vocabulary: vocabulary, bodies: Set(bodies.map(\.id)))
        let languages = readLanguages()
        guard let session, let note else { return nil }
        return Knowledge(
            session: session, conceptNote: note, vocabulary: vocabulary, initiatives: initiatives, bodies: bodies,
            languages: languages,
            version: "k-" + String(digest.value, radix: 16))
    }

    private mutating func readInitiatives(vocabulary: Vocabulary, bodies: Set<String>) -> [Initiative] {
        let folder = directory.appendingPathComponent("initiatives")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            log.add(
                "initiatives", line: 0,
                "cannot list the initiatives folder; expected initiatives/ holding one <id>.yaml per initiative")
            return []
        }
        let reader = InitiativeReader(vocabulary: vocabulary, bodies: bodies, log: log)
        var initiatives: [Initiative] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let file = "initiatives/" + name
            guard name.hasSuffix(".yaml") else {
                log.add(file, line: 0, "not a record; initiatives/ holds only <id>.yaml files")
                continue
            }
            let id = String(name.dropLast(".yaml".count))
            guard Formats.isIdentifier(id) else {
                log.add(file, line: 0, "'\(id)' is not a valid id for a file name; expected \(Formats.identifierRule)")
                continue
            }
            if let root = yaml(file), let initiative = reader.read(root, file: file, expectedID: id) {
                initiatives.append(initiative)
            }
        }
        return initiatives
    }

    /// The language packs: the session's five first in their order, then any other by code.
    private mutating func readLanguages() -> [LanguagePack] {
        // A session's knowledge need not carry the packs: the bundled ones read its questions.
        let own = directory.appendingPathComponent("languages")
        var isFolder: ObjCBool = false
        let hasOwn = FileManager.default.fileExists(atPath: own.path, isDirectory: &isFolder) && isFolder.boolValue
        guard let folder = hasOwn ? directory : BundledKnowledge.directory() else {
            log.add(
                "languages", line: 0,
                "no languages/ folder here or in the bundled knowledge; expected languages/<code>.yaml")
            return []
        }
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("languages").path))
            ?? []
        let codes = names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map {
            String($0.dropLast(".yaml".count))
        }
        for code in Vocabulary.languages where !codes.contains(code) {
            log.add(
                "languages/\(code).yaml", line: 0,
                "missing file; the packs of \(FieldReader.list(Vocabulary.languages)) are all needed")
        }
        let ordered =
            Vocabulary.languages.filter(codes.contains) + codes.filter { !Vocabulary.languages.contains($0) }.sorted()
        let reader = LanguagePackReader(log: log)
        let packs = ordered.compactMap { code in
            let file = "languages/\(code).yaml"
            return yaml(file, in: folder).flatMap { reader.read($0, file: file, expectedCode: code) }
        }
        checkSentenceKeys(packs)
        return packs
    }

    /// Every pack says every sentence the reference pack says, and nothing it does not:
    /// a sentence one language lacks would show as its key.
    private func checkSentenceKeys(_ packs: [LanguagePack]) {
        guard let reference = packs.first(where: { $0.code == LanguagePackReader.reference }) else { return }
        for pack in packs where pack.code != reference.code {
            let file = "languages/\(pack.code).yaml"
            for (section, own, theirs) in [
                ("say", pack.sentences, reference.sentences),
                ("client", pack.clientSentences, reference.clientSentences),
            ] {
                for key in theirs.keys.subtracting(own.keys).sorted() {
                    log.add(file, line: 0, "missing sentence '\(section).\(key)', which \(reference.code).yaml has")
                }
                for key in own.keys.subtracting(theirs.keys).sorted() {
                    log.add(
                        file, line: 0, "unknown sentence '\(section).\(key)'; \(reference.code).yaml has no such key")
                }
            }
        }
    }

    /// The parsed YAML of `file`, or nil with an issue (unreadable, bad YAML, empty).
    private mutating func yaml(_ file: String, in folder: URL? = nil) -> Node? {
        guard let text = text(file, in: folder) else { return nil }
        do {
            // Fields are read as text (with "~" and "null" as empty), so YAML's
            // int, float, bool and date resolution, a regex per scalar, is skipped.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                log.add(file, line: 1, "the file is empty")
                return nil
            }
            return root
        } catch let error as YamlError {
            report(error, in: file)
        } catch {
            log.add(file, line: 0, "cannot read YAML: \(error)")
        }
        return nil
    }

    /// - Parameter folder: where `file` is, when not in the knowledge folder itself.
    private mutating func text(_ file: String, in folder: URL? = nil) -> String? {
        let url = (folder ?? directory).appendingPathComponent(file)
        let data: Data
        switch Self.read(url.path) {
        case .success(let bytes): data = bytes
        case .failure(let error):
            log.add(
                file, line: 0,
                error.code == ENOENT ? "missing file" : "cannot read the file: \(String(cString: strerror(error.code)))"
            )
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.add(file, line: 0, "the file is not UTF-8 text")
            return nil
        }
        digest.add(file)
        digest.add(text)
        return text
    }

    /// A file's bytes, read with open/read: FileManager.contents(atPath:) leaks its
    /// 4 KB buffer on an empty file (found by Scripts/fuzz knowledge).
    private struct ReadError: Error { let code: Int32 }

    private static func read(_ path: String) -> Result<Data, ReadError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadError(code: errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .success(Data(bytes)) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(code: errno))
            }
            bytes += chunk[..<count]
        }
    }

    private func report(_ error: YamlError, in file: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            log.add(file, mark, "bad YAML: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            log.add(
                file, context.mark, "bad YAML: duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            log.add(file, line: 0, "bad YAML: \(error)")
        }
    }
}

/// 64-bit FNV-1a: a fast, stable digest for telling knowledge versions apart
/// (not for security).
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        value ^= 0xff
    }
}
