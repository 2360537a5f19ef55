import PuenteSupport

extension Index {
    /// Counts per facet value, in schema facet order, largest count first.
    func facets(from counts: [Int]) -> [FacetCount] {
        counts.enumerated()
            .filter { $0.element > 0 }
            .map { value, count in
                let facetValue = facetValues[value]
                return (
                    Int(facetValue.facet),
                    FacetCount(facet: schema.facets[Int(facetValue.facet)], value: facetValue.name, count: count)
                )
            }
            .sorted { ($0.0, -$0.1.count, $0.1.value) < ($1.0, -$1.1.count, $1.1.value) }
            .map(\.1)
    }

    /// The facet values present in the index for `facet`, sorted, with the number
    /// of documents holding each.
    public func facetValues(of facet: FacetKind) -> [(value: String, count: Int)] {
        guard let facetNumber = schema.facetIndex(of: facet) else { return [] }
        var counts = Array(repeating: 0, count: facetValues.count)
        for document in 0..<documentCount {
            for value in documentFacets[document] { counts[Int(value)] += 1 }
        }
        return facetValues.indices
            .filter { Int(facetValues[$0].facet) == facetNumber }
            .map { (facetValues[$0].name, counts[$0]) }
            .sorted { $0.value < $1.value }
    }
}
