import Foundation
import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import Testing

@testable import PuenteAssistant

/// Every sentence the code names is in every pack: a missing one would show a
/// participant its key (`⟨key⟩`) instead of a sentence.
@Suite struct PackSentenceCoverageTests {
    let knowledge = AssistantFixture.assistant.knowledge

    /// The keys `say("…"` names in the Swift files of `module`.
    static func keys(in module: String) throws -> Set<String> {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/\(module)")
        var keys: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: /say\("([a-z_]+)"/) { keys.insert(String(match.1)) }
        }
        return keys
    }

    /// The assistant's sentences and the labels of the renderer of answers, which the
    /// daemon and the client share: both are the pack's `say:`.
    @Test func everyKeyTheAssistantSaysIsInEveryPack() throws {
        let rendering = try Self.keys(in: "PuenteRendering")
        #expect(rendering.count > 10)
        let keys = try Self.keys(in: "PuenteAssistant").union(rendering)
        #expect(keys.count > 50)
        for pack in knowledge.languages {
            #expect(
                keys.subtracting(pack.sentences.keys).isEmpty,
                "\(pack.code) lacks \(keys.subtracting(pack.sentences.keys).sorted())")
        }
    }

    @Test func everyKeyTheClientSaysIsInEveryPack() throws {
        let keys = try Self.keys(in: "PuenteClient")
        #expect(keys.count > 20)
        for pack in knowledge.languages {
            #expect(
                keys.subtracting(pack.clientSentences.keys).isEmpty,
                "\(pack.code) lacks \(keys.subtracting(pack.clientSentences.keys).sorted())")
        }
    }

    /// Keys built from a kind ("list_heading_theme", "unknown_region") are said for every kind.
    @Test(arguments: ReplyLanguage.allCases)
    func everyKindHasItsSentences(_ language: ReplyLanguage) {
        let wording = Wording(language: language, knowledge: knowledge)
        var said = Vocabulary.kinds.map { wording.listHeading($0, count: 3) }
        said += Vocabulary.kinds.map { wording.unknownFilterValue($0, "x", closest: nil) }
        said += [wording.counted(2, .initiative), wording.counted(2, .passage)]
        for sentence in said { #expect(!sentence.contains("⟨") && !sentence.contains("{"), "\(sentence)") }
    }
}
