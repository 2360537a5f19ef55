import ArgumentParser
import PuenteClient

/// `--lang es|en|fr|pt|ar`: help, the error for another value and shell completion list the
/// languages from the enum itself.
extension ClientLanguage: ExpressibleByArgument {}
