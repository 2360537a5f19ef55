extension String {
    /// Whether the word is a year as facts and questions write one: four digits, 1900 to 2099.
    var isYear: Bool {
        count == 4 && (hasPrefix("19") || hasPrefix("20")) && allSatisfy(\.isNumber)
    }
}
