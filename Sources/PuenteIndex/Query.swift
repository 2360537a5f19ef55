extension Index {
    /// A query as a value: words and phrases to match or exclude, and facet
    /// filters. Built in code by the assistant and the server, or parsed from the
    /// query syntax by `init(parsing:)`; the index resolves it against its terms.
    public struct Query: Sendable, Hashable, CustomStringConvertible {
        /// A run of words or a quoted phrase, to match or (`excluded`) to exclude.
        public enum Part: Sendable, Hashable {
            /// Bare words, each matched on its own ("cadenas suministro"); words joined
            /// by a dash ("Sur–Sur") are matched as a phrase.
            case words(String, excluded: Bool = false)
            /// Words together, in this order.
            case phrase(String, excluded: Bool = false)
        }

        public var parts: [Part]
        public var filters: [FacetFilter]
        /// Whether the last word was typed to the end of the text, so that it may be
        /// the beginning of a word (as-you-type); only a parsed query sets it.
        public var endsInWord: Bool

        public init(parts: [Part] = [], filters: [FacetFilter] = [], endsInWord: Bool = false) {
            self.parts = parts
            self.filters = filters
            self.endsInWord = endsInWord
        }

        /// Words to match, each on its own.
        public init(words: String, filters: [FacetFilter] = []) {
            self.init(parts: words.isEmpty ? [] : [.words(words)], filters: filters)
        }

        public var isEmpty: Bool { parts.isEmpty && filters.isEmpty }

        /// The query written in the query syntax, filters first: what parsing it gives back.
        public var description: String {
            let filterTexts = filters.map { filter in
                let values = filter.ids.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: ",")
                return (filter.excluded ? "-" : "") + filter.kind.rawValue + ":" + values
            }
            let partTexts = parts.map { part -> String in
                switch part {
                case .words(let text, let excluded):
                    return excluded ? text.split(separator: " ").map { "-" + $0 }.joined(separator: " ") : text
                case .phrase(let text, let excluded): return (excluded ? "-" : "") + "\"" + text + "\""
                }
            }
            return (filterTexts + partTexts).filter { !$0.isEmpty }.joined(separator: " ")
        }
    }
}
