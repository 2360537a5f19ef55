/// The shapes that identifiers, dates and times in `Knowledge/` must have.
enum Formats {
    /// Ids are lowercase words joined by hyphens: "south-south", "accel-africa".
    static func isIdentifier(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }

    static let identifierRule = "lowercase letters and digits in words joined by '-', such as 'south-south'"

    /// "2013", "2013-10" or "2013-10-08", each part a real year, month and day.
    static func isPartialDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year >= 1900, year <= 2100
        else {
            return false
        }
        guard parts.count > 1 else { return true }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false }
        guard parts.count > 2 else { return true }
        guard parts[2].count == 2, let day = Int(parts[2]) else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    /// "2026-02-12": a full date.
    static func isDate(_ text: String) -> Bool {
        text.split(separator: "-").count == 3 && isPartialDate(text)
    }

    /// "14:30": a 24-hour time.
    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }

    static func isWebAddress(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(" ") && text.count > 10
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
