import PuenteClient
import PuenteProtocol

extension Repl {
    /// `/panel QUESTION`, the queue, and `/votar N`.
    func panel(_ command: SlashCommand, _ argument: String, _ actions: ClientActions) throws(ClientError) {
        let placeholder = command.placeholder(in: language) ?? ""
        switch command.action {
        case .panel:
            guard !argument.isEmpty else { return print(words.needsArgument(command.name(for: language), placeholder)) }
            print(try actions.submitToPanel(argument, languageParam: languageChosen).text)
        case .vote:
            guard let id = Int(argument), id > 0 else {
                return print(words.needsArgument(command.name(for: language), placeholder))
            }
            print(try actions.vote(for: id, as: voter).text)
        default:
            print(try actions.panelQueue().text)
        }
    }
}

extension Repl {
    /// Offers to send `question` to the panel when its answer says the knowledge lacks
    /// what it names; the next empty line (Enter alone) takes the offer.
    func offerPanel(_ question: String, after answer: Wire.AskResult) {
        guard !json, answer.notices.contains(where: { $0.kind == .absent }) else { return }
        panelOffer = question
        print(wrapped(words.panelOffer, .dim))
    }

    func sendOffered(_ question: String) {
        do {
            print(try actions().submitToPanel(question, languageParam: languageChosen).text)
        } catch {
            print(wrapped(words.screenError(error, typed: nil), .warning))
        }
    }
}
