import PuenteSupport

/// The answer written by hand, keys in the sorted snake_case order that
/// `RPCCodec.encoder` gives them; a test holds the two encodings equal on real
/// answers. The encoder took about 0.3 ms per answer, a third of a one-shot ask.
extension Wire.AskResult {
    public func jsonBytes() -> [UInt8] {
        var json = JSONBytes(capacity: 8192)
        json.object { json in
            json.member("hits") { $0.array(hits) { $0.write($1) } }
            json.member("intent") { $0.string(intent.rawValue) }
            json.member("interpretation") { $0.write(interpretation) }
            json.member("language") { $0.string(language.rawValue) }
            json.member("lead") { $0.string(lead) }
            json.member("notices") { $0.array(notices) { $0.write($1) } }
            json.member("reply") { $0.string(reply) }
            if let session { json.member("session") { $0.string(session) } }
            json.member("session_forgotten") { $0.bool(sessionForgotten) }
            json.member("sources") { $0.array(sources) { $0.write($1) } }
            json.member("suggestions") { $0.array(suggestions) { $0.write($1) } }
            json.member("total") { $0.integer(total) }
        }
        return json.bytes
    }
}

extension JSONBytes {
    mutating func write(_ interpretation: Wire.Interpretation) {
        object { json in
            json.member("canonical_query") { $0.string(interpretation.canonicalQuery) }
            json.member("corrections") { $0.array(interpretation.corrections) { $0.write($1) } }
            json.member("exclusions") { $0.write(interpretation.exclusions) }
            json.member("expansions") { $0.array(interpretation.expansions) { $0.string($1) } }
            json.member("filters") { $0.write(interpretation.filters) }
            if let focus = interpretation.focus { json.member("focus") { $0.string(focus) } }
            json.member("follow_up") { $0.bool(interpretation.followUp) }
            json.member("labels") { json in
                json.object { json in
                    for (id, label) in interpretation.labels.sorted(by: { $0.key < $1.key }) {
                        json.member(id) { $0.string(label) }
                    }
                }
            }
            json.member("relaxed") { $0.bool(interpretation.relaxed) }
            json.member("topic") { $0.array(interpretation.topic) { $0.string($1) } }
            json.member("topic_terms") { $0.array(interpretation.topicTerms) { $0.string($1) } }
        }
    }

    /// Facet → ids, keys sorted by name, as the encoder sorts them.
    mutating func write(_ idsByFacet: [FacetKind: [String]]) {
        object { json in
            for (facet, ids) in idsByFacet.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                json.member(facet.rawValue) { $0.array(ids) { $0.string($1) } }
            }
        }
    }

    mutating func write(_ notice: Wire.Notice) {
        object { json in
            if let facet = notice.facet { json.member("facet") { $0.string(facet.rawValue) } }
            json.member("ids") { $0.array(notice.ids) { $0.string($1) } }
            json.member("kind") { $0.string(notice.kind.rawValue) }
        }
    }

    mutating func write(_ source: Wire.Source) {
        object { json in
            json.member("id") { $0.string(source.id) }
            json.member("number") { $0.integer(source.number) }
            json.member("title") { $0.string(source.title) }
            if let url = source.url { json.member("url") { $0.string(url) } }
        }
    }

    mutating func write(_ suggestion: Wire.Suggestion) {
        object { json in
            json.member("input") { $0.string(suggestion.input) }
            json.member("text") { $0.string(suggestion.text) }
        }
    }
}
