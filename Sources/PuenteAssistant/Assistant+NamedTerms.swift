import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import PuenteText

/// A theme, region or modality named by something no term of the vocabulary answers to.
public struct UnknownTermError: Error, Sendable, Equatable {
    public var kind: FacetKind
    public var name: String
    /// The closest labels, in the asker's language.
    public var closest: [String]

    /// Quotes the name, says what is accepted and suggests the closest labels.
    public var message: String {
        Choices.unknown(
            kind.rawValue, name, closest: closest,
            after:
                "; give a \(kind.rawValue) id or its name in Spanish, English, French, Portuguese or Arabic; the vocabulary method lists the \(kind.listKey)"
        )
    }
}

extension Assistant {
    /// Talking points for a theme, region and modality named as moderators say them:
    /// an id, or a label or synonym in any language, typos forgiven. A query alone
    /// that names a theme, region or modality as a whole is taken as that term.
    /// - Throws: `UnknownTermError` for a name no term answers to.
    public func talkingPoints(
        themeNamed theme: String?, regionNamed region: String?, modalityNamed modality: String?, query: String?,
        limit: Int = 6, language: ReplyLanguage = .spanish
    ) throws(UnknownTermError) -> TalkingPoints {
        var ids: [FacetKind: String] = [:]
        for (kind, name) in [(FacetKind.theme, theme), (.region, region), (.modality, modality)] {
            guard let name, !name.isEmpty else { continue }
            switch terms.resolve(name, as: kind, language: language.rawValue) {
            case .term(let id): ids[kind] = id
            case .unknown(let closest): throw UnknownTermError(kind: kind, name: name, closest: closest)
            }
        }
        var query = query
        if ids.isEmpty, let whole = query, let (kind, id) = termNamed(whole, language: language) {
            ids[kind] = id
            query = nil
        }
        return talkingPoints(
            theme: ids[.theme], region: ids[.region], modality: ids[.modality], query: query, limit: limit,
            language: language)
    }

    /// The theme, region or modality that `text` names as a whole, if any.
    private func termNamed(_ text: String, language: ReplyLanguage) -> (FacetKind, String)? {
        for kind in [FacetKind.theme, .region, .modality] {
            if case .term(let id) = terms.resolve(text, as: kind, language: language.rawValue) { return (kind, id) }
        }
        return nil
    }
}

extension Assistant {
    /// A country written as no text of the knowledge writes it ("PNG", "DRC"), in the
    /// words the knowledge uses for it in `code`'s language, so a search finds the
    /// records that name it; nil for any other word.
    func countryAsWritten(_ word: String, in code: String) -> [String]? {
        let folded = Folding.fold(word.lowercased())
        guard names.isUnknown(folded), let link = names.countries.links(in: [folded]).first,
            names.countries.records[link.code] != nil
        else { return nil }
        return knowledge.countryName(link.code, in: code).split(separator: " ").map(String.init)
    }
}

extension Assistant {
    /// Whether the initiative in focus, or one the last list showed, writes every word the
    /// question is about, the session's own words aside («la primera reunión binacional»
    /// is one of its meetings).
    func focusHolds(_ question: Question, _ conversation: Conversation) -> Bool {
        let about = wordsAbout(question)
        guard !about.isEmpty else { return false }
        // "¿en qué ciudad hicieron su conferencia regional de intercambio de conocimientos?": of three
        // words or more, all but one ("hicieron") are enough.
        return ([conversation.focus].compactMap { $0 } + conversation.listed).contains { id in
            names.recordWords[id].map { written in
                let held = about.filter(written.contains).count
                return held == about.count || (about.count >= 3 && held >= about.count - 1)
            } ?? false
        }
    }

    /// Whether the initiative in focus has every word the question is about in its name:
    /// "e o plano regional?" after the campaign of MERCOSUR's Regional Plan names that plan.
    func focusNamed(_ question: Question, _ conversation: Conversation) -> Bool {
        guard let id = conversation.focus, let record = knowledge.initiative(id) else { return false }
        let about = wordsAbout(question)
        let named = Set(
            record.name.languages.flatMap { names.folded(record.name.text(in: $0)) }.map(names.withoutProclitic))
        return !about.isEmpty && about.allSatisfy(named.contains)
    }

    /// The words a question is about, the session's own words aside; "la primera reunión":
    /// an ordinal says which, not what about.
    private func wordsAbout(_ question: Question) -> [String] {
        question.describingWords.filter { !packs.contains(.sessionWords, $0) && packs.ordinals[$0] == nil }.map(
            names.withoutProclitic)
    }

    /// Whether the question points back at one of the last list's records ("e a da América
    /// Central?", "the one with Senegal") rather than moving the topic.
    func picksListed(_ question: Question, _ conversation: Conversation) -> Bool {
        !conversation.listed.isEmpty && packs.mentions(.them, in: question.words.map(names.withoutProclitic))
    }

    /// The records the question names, in the order named; of records sharing one name
    /// ("IPEC"), the one the rest of the question describes ("… IPEC with Morocco").
    func recordsNamed(in question: Question) -> [(id: String, position: Int)] {
        let found = names.records(namedIn: question.words, written: question.writtenWords)
        let shared = Dictionary(grouping: found, by: \.position).filter { $0.value.count > 1 }
        guard !shared.isEmpty else { return found }
        // "the ILO-IPEC WACAP project": a name of one record says more than the programme's.
        let unshared = found.filter { shared[$0.position] == nil }
        if !unshared.isEmpty { return unshared }
        let described = describedRecords(question, [:], limit: 10).map(\.id)
        let rank = { (id: String) in described.firstIndex(of: id) ?? described.count }
        return found.filter { record in
            shared[record.position].map { group in group.min { rank($0.id) < rank($1.id) }?.id == record.id } ?? true
        }
    }

    /// The record whose whole name, of three words or more, the question writes in one of
    /// its languages ("Estou a preparar uma apresentação sobre a Iniciativa Regional América
    /// Latina e Caribe Livre de Trabalho Infantil"): named so, it is what the question is about.
    func recordNamedWhole(in question: Question) -> String? {
        recordsNamed(in: question).first { found in
            guard let record = knowledge.initiative(found.id) else { return false }
            return record.name.languages.contains { language in
                let words = names.folded(record.name.text(in: language))
                return words.count >= 3 && question.words.dropFirst(found.position).starts(with: words)
            }
        }?.id
    }
}
