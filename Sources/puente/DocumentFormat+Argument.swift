import ArgumentParser
import PuenteClient

/// `--format text|markdown|json`: help, the error for another value and shell
/// completion list the formats from the enum itself.
extension ClientActions.DocumentFormat: ExpressibleByArgument {}

/// The `--format` of the commands that print a document (talking points, the brief,
/// the coverage).
struct DocumentOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "How to print it: text (rendered for the screen), markdown (for files) or json; default: text on a terminal, markdown otherwise.",
            valueName: "format"))
    var format: ClientActions.DocumentFormat?

    /// The format asked for, else text for a terminal and Markdown for a pipe or a file.
    func resolved(toTerminal: Bool) -> ClientActions.DocumentFormat {
        format ?? (toTerminal ? .text : .markdown)
    }
}
