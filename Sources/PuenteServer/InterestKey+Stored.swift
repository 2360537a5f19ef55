import PuenteAssistant
import PuenteSupport

/// The one seam where interest counts become text: the state database keeps each as a
/// string key ("theme:labour-migration", "intent:answer"), the tally as typed keys.
extension InterestKey {
    /// The key as the database stores it.
    var stored: String {
        switch self {
        case .facet(let kind, let id): "\(kind.rawValue):\(id)"
        case .intent(let intent): "intent:\(intent.rawValue)"
        }
    }

    /// The key the database stored as `text`; nil for one this daemon does not count
    /// (a kind or intent a later version added), which is left out.
    init?(stored text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let (kind, id) = (String(text[..<colon]), String(text[text.index(after: colon)...]))
        if kind == "intent" {
            guard let intent = Intent(rawValue: id) else { return nil }
            self = .intent(intent)
        } else {
            guard let facet = FacetKind(rawValue: kind), !id.isEmpty else { return nil }
            self = .facet(facet, id: id)
        }
    }
}

extension Dictionary where Key == InterestKey, Value == Int {
    /// The counts as the database stores them.
    var stored: [String: Int] {
        [String: Int](uniqueKeysWithValues: map { ($0.key.stored, $0.value) })
    }

    /// The counts the database stored, those this daemon counts.
    init(stored counts: [String: Int]) {
        self = Dictionary(
            counts.compactMap { key, count in InterestKey(stored: key).map { ($0, count) } },
            uniquingKeysWith: Swift.max)
    }
}
