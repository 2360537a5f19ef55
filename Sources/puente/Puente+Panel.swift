import ArgumentParser
import PuenteClient
import PuenteProtocol

extension Puente {
    struct Panel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send a question to the panel; a near duplicate of an open question joins it.",
            discussion: "The daemon keeps the question, its language and times, never who asked.")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The question.") var text: [String] = []

        func validate() throws {
            if text.joined().allSatisfy(\.isWhitespace) {
                throw ValidationError("panel needs a question, such as: puente panel \"¿quién financia ACCEL Africa?\"")
            }
        }

        func run() throws {
            try options.run { actions throws(ClientError) in
                try actions.submitToPanel(text.joined(separator: " "), languageParam: options.lang != nil)
            }
        }
    }

    struct Moderator: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The panel's questions for the moderator: list them, mark them answered or hidden.",
            subcommands: [Queue.self, Answered.self, Hide.self, Reopen.self])
    }
}

extension Puente.Moderator {
    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "The questions, most votes first, then most asked, then oldest, each with the nearest cited fact (exit 1 when none)."
        )
        @OptionGroup var options: ClientOptions
        @Option(help: "open, answered, hidden or all.") var status = "open"
        @Option(help: "Questions to print, 1 to 200 (default 20).") var limit: Int?

        func validate() throws {
            guard PanelQueueParams.Selection(rawValue: status) != nil else {
                throw ValidationError("--status must be open, answered, hidden or all; got '\(status)'")
            }
        }

        func run() throws {
            let selection = PanelQueueParams.Selection(rawValue: status)
            try options.run { actions throws(ClientError) in try actions.panelQueue(status: selection, limit: limit) }
        }
    }

    /// Marks one question; the three commands differ only in the status they give.
    protocol Marking: ParsableCommand {
        static var status: Wire.PanelStatus { get }
        var options: ClientOptions { get }
        var id: Int { get }
    }

    struct Answered: Marking {
        static let configuration = CommandConfiguration(
            abstract: "Mark question N answered (the daemon's own user or root only).")
        static let status = Wire.PanelStatus.answered
        @OptionGroup var options: ClientOptions
        @Argument(help: "The question's number, as the queue shows it.") var id: Int
    }

    struct Hide: Marking {
        static let configuration = CommandConfiguration(
            abstract: "Hide question N from the queue (the daemon's own user or root only).")
        static let status = Wire.PanelStatus.hidden
        @OptionGroup var options: ClientOptions
        @Argument(help: "The question's number, as the queue shows it.") var id: Int
    }

    struct Reopen: Marking {
        static let configuration = CommandConfiguration(
            abstract: "Put question N back in the open queue (the daemon's own user or root only).")
        static let status = Wire.PanelStatus.open
        @OptionGroup var options: ClientOptions
        @Argument(help: "The question's number, as the queue shows it.") var id: Int
    }
}

extension Puente.Moderator.Marking {
    func run() throws {
        try options.run { actions throws(ClientError) in try actions.mark(id, as: Self.status) }
    }
}
