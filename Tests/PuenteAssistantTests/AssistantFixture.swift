import PuenteKnowledge

@testable import PuenteAssistant

/// One assistant over the bundled knowledge, shared by the tests (it is immutable).
enum AssistantFixture {
    static let assistant: Assistant = {
        do { return Assistant(knowledge: try BundledKnowledge.load()) } catch {
            fatalError("bundled knowledge: \(error)")
        }
    }()

    /// Runs a sequence of turns in one conversation.
    static func converse(_ turns: [String]) -> [(answer: Answer, conversation: Conversation)] {
        var conversation = Conversation()
        return turns.map { text in
            let result = assistant.respond(to: text, in: conversation)
            conversation = result.conversation
            return result
        }
    }
}
