import CStemmer
import PuenteSupport

/// Snowball stemming for the five languages, safe to call from any thread.
///
/// A libstemmer instance keeps its working buffer inside itself, so two threads
/// must never use one at the same time. `Stemmer` keeps the instances in a pool
/// behind a mutex: a call checks one out, stems, copies the result and puts the
/// instance back. No caller ever holds an instance, so sharing is safe by
/// construction. Input is expected lowercase with its accents (the Snowball
/// algorithms are written for accented text); the stem comes back as Snowball
/// gives it, not yet folded.
public final class Stemmer: Sendable {
    /// The process-wide stemmer; instances are created on demand, one per
    /// concurrent caller and language.
    public static let shared = Stemmer()

    private let idle: Locked<[[Instance]]>

    public init() {
        idle = Locked(Array(repeating: [], count: Language.allCases.count))
    }

    deinit {
        idle.withLock { pools in
            for instance in pools.joined() { sb_stemmer_delete(instance.pointer) }
        }
    }

    /// The stem of `word` in `language`: "cooperación" → "cooper" (Spanish).
    public func stem(_ word: String, in language: Language) -> String {
        let instance = checkOut(language)
        defer { checkIn(instance, language) }
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress,
                let stemmed = sb_stemmer_stem(instance.pointer, base, Int32(bytes.count))
            else {
                return String(decoding: bytes, as: UTF8.self)
            }
            let length = Int(sb_stemmer_length(instance.pointer))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }

    /// A libstemmer handle; only ever used by the one caller that checked it out.
    private struct Instance: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private func checkOut(_ language: Language) -> Instance {
        if let instance = idle.withLock({ $0[language.ordinal].popLast() }) {
            return instance
        }
        guard let pointer = sb_stemmer_new(language.snowballAlgorithm, "UTF_8") else {
            // libstemmer only fails here on an unknown algorithm or out of memory;
            // the five algorithm names are fixed, so this is a broken installation.
            fatalError("libstemmer has no '\(language.snowballAlgorithm)' algorithm")
        }
        return Instance(pointer: pointer)
    }

    private func checkIn(_ instance: Instance, _ language: Language) {
        idle.withLock { $0[language.ordinal].append(instance) }
    }
}
