import Foundation

/// The knowledge shipped with Puente (the repository's `Knowledge/` folder),
/// found the same way from any working directory, in debug and release builds.
public enum BundledKnowledge {
    /// Where the bundled knowledge lives; the first of these that holds a
    /// `session.yaml` wins:
    ///
    /// 1. `<prefix>/share/puente/Knowledge`, for an executable installed as
    ///    `<prefix>/bin/<name>`;
    /// 2. the `Knowledge/` folder of the source checkout this library was compiled
    ///    from (the path is fixed at compile time, so it holds for `swift run`,
    ///    `.build/debug/…` and `.build/release/…` alike).
    ///
    /// Nil when neither exists: the checkout moved and nothing was installed.
    public static func directory(executable: URL? = Bundle.main.executableURL) -> URL? {
        candidates(executable: executable).first { folder in
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("session.yaml").path)
        }
    }

    /// The places `directory(executable:)` looks, in order.
    public static func candidates(executable: URL?) -> [URL] {
        var places: [URL] = []
        if let executable {
            let prefix = executable.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            places.append(prefix.appendingPathComponent("share/puente/Knowledge"))
        }
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // PuenteKnowledge
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()
        places.append(checkout.appendingPathComponent("Knowledge"))
        return places
    }

    /// Loads the bundled knowledge.
    /// - Throws: `KnowledgeError` when it is invalid or cannot be found.
    public static func load(executable: URL? = Bundle.main.executableURL) throws(KnowledgeError) -> Knowledge {
        guard let folder = directory(executable: executable) else {
            let looked = candidates(executable: executable).map(\.path).joined(separator: ", ")
            throw KnowledgeError(issues: [
                KnowledgeIssue(
                    file: "Knowledge", line: 0, column: 0,
                    message: "no bundled knowledge found; looked in \(looked); pass the folder explicitly")
            ])
        }
        return try KnowledgeLoader.load(from: folder)
    }
}
