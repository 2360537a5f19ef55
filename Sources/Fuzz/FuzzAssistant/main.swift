import CFuzzer
import PuenteAssistant
import PuenteKnowledge

// The assistant's intents, facet extraction and follow-ups on any text, in a
// conversation that carries over from one input to the next.
let assistant = Assistant(knowledge: try! BundledKnowledge.load(executable: nil))
nonisolated(unsafe) var conversation = Conversation()

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (answer, next) = assistant.respond(to: text, in: conversation)
    precondition(!answer.reply.isEmpty, "every input gets a reply")
    conversation = next.turns > 20 ? Conversation() : next
    return 0
}
