extension Index {
    /// Documents where the alternative's words stand at their relative positions
    /// within one field. A phrase's idf is the sum of its words' idfs; each
    /// occurrence is worth its weakest word's expansion weight. `within`, when
    /// given, is the only documents (sorted) to read; otherwise those holding
    /// every word are.
    func phraseScores(of phrase: Alternative, within pool: [UInt32]? = nil, scratch: inout Scratch) -> ScoredDocuments {
        let candidates = pool ?? documentsHoldingEvery(phrase.words, scratch: &scratch)
        let idf = phrase.words.reduce(Float(0)) { $0 + $1.idf }
        var result = ScoredDocuments()
        for document in candidates {
            let (frequency, weight) = phraseFrequency(of: phrase, in: document, scratch: &scratch)
            if frequency > 0 { result.append(document, saturate(frequency, idf: idf) * weight) }
        }
        return result
    }

    /// The documents (sorted) holding every one of `words`.
    private func documentsHoldingEvery(_ words: [QueryWord], scratch: inout Scratch) -> [UInt32] {
        var holdingAll: ScoredDocuments? = nil
        for word in words {
            let holding = scores(of: word, scratch: &scratch)
            holdingAll = holdingAll.map { $0.intersection(holding) } ?? holding
        }
        return holdingAll?.documents ?? []
    }

    /// Position keys put the field in the top byte, so one sorted list per word
    /// covers every field and a phrase can never run from one field into another.
    private static func positionKey(field: UInt8, position: UInt32) -> UInt32 {
        UInt32(field) << 24 | (position & 0x00FF_FFFF)
    }

    /// The phrase's weighted frequency summed over fields, and its best occurrence's weight.
    private func phraseFrequency(of phrase: Alternative, in document: UInt32, scratch: inout Scratch) -> (Float, Float)
    {
        let wordCount = phrase.words.count
        while scratch.positionLists.count < wordCount { scratch.positionLists.append([]) }
        for (number, word) in phrase.words.enumerated() {
            scratch.positionLists[number].removeAll(keepingCapacity: true)
            for expansion in word.expansions {
                for entry in postings.entries(of: expansion.term, in: document) {
                    for position in postings.positions(entry) {
                        let key = Self.positionKey(field: postings.fields[entry], position: position)
                        scratch.positionLists[number].append((key, expansion.weight))
                    }
                }
            }
            scratch.positionLists[number].sort { $0.key < $1.key }
        }

        var countPerField = Array(repeating: 0, count: schema.fields.count)
        var bestWeight: Float = 0
        for (key, weight) in scratch.positionLists[0] {
            var occurrence = weight
            var previous = key
            for number in 1..<max(wordCount, 1) {
                // Exact phrases need each word at its offset; loose ones take the
                // first position within `slop` words after the previous word.
                let lowest = phrase.slop == 0 ? key + UInt32(phrase.offsets[number]) : previous + 1
                let highest = phrase.slop == 0 ? lowest : previous + 1 + UInt32(phrase.slop)
                guard let found = Self.firstMatch(from: lowest, through: highest, in: scratch.positionLists[number])
                else {
                    occurrence = 0
                    break
                }
                occurrence = min(occurrence, found.weight)
                previous = found.key
            }
            guard occurrence > 0 else { continue }
            countPerField[Int(key >> 24)] += 1
            bestWeight = max(bestWeight, occurrence)
        }
        var frequency: Float = 0
        for (field, count) in countPerField.enumerated() where count > 0 {
            frequency += weightedFrequency(count, field: field, document: document)
        }
        return (frequency, bestWeight)
    }

    /// The first position in `lowest...highest`, with the best weight any expansion has there.
    private static func firstMatch(
        from lowest: UInt32, through highest: UInt32, in list: [(key: UInt32, weight: Float)]
    ) -> (key: UInt32, weight: Float)? {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].key < lowest { low = middle + 1 } else { high = middle }
        }
        guard low < list.count, list[low].key <= highest else { return nil }
        let key = list[low].key
        var best: Float = 0
        while low < list.count && list[low].key == key {
            best = max(best, list[low].weight)
            low += 1
        }
        return (key, best)
    }
}
