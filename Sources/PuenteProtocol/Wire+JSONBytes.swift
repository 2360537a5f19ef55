/// The search result written by hand, keys in the sorted snake_case order that
/// `RPCCodec.encoder` gives them; a test holds the two encodings equal.
extension Wire.SearchResult {
    public func jsonBytes() -> [UInt8] {
        var json = JSONBytes()
        json.object { json in
            json.member("corrected") { $0.array(corrected) { $0.write($1) } }
            json.member("facets") { json in
                json.object { json in
                    for (facet, counts) in facets.sorted(by: { $0.key < $1.key }) {
                        json.member(facet) { json in
                            json.object { json in
                                for (value, count) in counts.sorted(by: { $0.key < $1.key }) {
                                    json.member(value) { $0.integer(count) }
                                }
                            }
                        }
                    }
                }
            }
            json.member("hits") { $0.array(hits) { $0.write($1) } }
            json.member("ignored") { $0.array(ignored) { $0.string($1) } }
            json.member("query_words") { $0.integer(queryWords) }
            json.member("required_words") { $0.integer(requiredWords) }
            json.member("took_us") { $0.integer(tookUs) }
            json.member("total") { $0.integer(total) }
        }
        return json.bytes
    }
}

extension JSONBytes {
    mutating func write(_ hit: Wire.Hit) {
        object { json in
            if let citation = hit.citation { json.member("citation") { $0.integer(citation) } }
            json.member("highlights") { $0.array(hit.highlights) { $0.write($1) } }
            json.member("id") { $0.string(hit.id) }
            json.member("kind") { $0.string(hit.kind.rawValue) }
            json.member("score") { $0.double(hit.score) }
            if let section = hit.section { json.member("section") { $0.string(section) } }
            json.member("snippet") { $0.string(hit.snippet) }
            json.member("title") { $0.string(hit.title) }
        }
    }

    mutating func write(_ highlight: Wire.Highlight) {
        object { json in
            json.member("length") { $0.integer(highlight.length) }
            json.member("start") { $0.integer(highlight.start) }
        }
    }

    mutating func write(_ correction: Wire.Correction) {
        object { json in
            json.member("corrected") { $0.string(correction.corrected) }
            json.member("typed") { $0.string(correction.typed) }
        }
    }
}
