import PuenteClient

extension Repl {
    /// `/panel QUESTION`, the queue, and `/votar N`.
    func panel(_ command: SlashCommand, _ argument: String, _ actions: ClientActions) throws(ClientError) {
        let placeholder = command.placeholder(in: language) ?? ""
        switch command.action {
        case .panel:
            guard !argument.isEmpty else { return print(words.needsArgument(command.name(for: language), placeholder)) }
            print(try actions.submitToPanel(argument, languageParam: languageChosen).text)
        case .vote:
            guard let id = Int(argument), id > 0 else { return print(words.needsArgument(command.name(for: language), placeholder)) }
            print(try actions.vote(for: id, as: voter).text)
        default:
            print(try actions.panelQueue().text)
        }
    }
}
