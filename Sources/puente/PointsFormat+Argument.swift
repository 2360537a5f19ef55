import ArgumentParser
import PuenteClient

/// `puente points --format text|markdown|json`: help, the error for another value and
/// shell completion list the formats from the enum itself.
extension ClientActions.PointsFormat: ExpressibleByArgument {}
