/// Everything Puente knows about the session: loaded, validated, immutable.
public struct Knowledge: Sendable {
    public var session: Session
    public var conceptNote: ConceptNote
    public var vocabulary: Vocabulary
    public var initiatives: [Initiative]
    /// The bodies initiatives' `lead` and `partners` name, from `bodies.yaml`.
    public var bodies: [Body]
    /// The language packs: es, en, fr, pt, ar, then any other.
    public var languages: [LanguagePack]
    /// A digest of every file read, so two loads of the same files agree and any
    /// edit changes it: "k-3f2a9c01d4e5b677".
    public var version: String

    public func initiative(_ id: String) -> Initiative? {
        initiatives.first { $0.id == id }
    }

    public func body(_ id: String) -> Body? {
        bodies.first { $0.id == id }
    }
}
