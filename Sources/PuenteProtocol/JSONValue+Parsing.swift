/// Reading a `JSONValue` straight from UTF-8 bytes (RFC 8259), as the daemon reads
/// each request line: no `Data` or `String` copy of the line, and no `Decoder`, whose
/// `JSONValue.init(from:)` must guess each value's type by trying them in turn (a
/// thrown error per wrong guess, several per request).
///
/// It reads what `JSONDecoder` reads and refuses what it refuses: numbers written
/// without a fraction or exponent that fit an `Int` are integers, and so is any other
/// number with an integral value that fits one (`1.0`, `1e2`), as `JSONDecoder` gives
/// them to `Int`; objects keep the first of repeated keys; a comma may close an array or
/// object (`[1,]`), as `JSONDecoder` allows; nesting stops at 512 levels. Tests check it
/// against `JSONDecoder` on valid and broken lines.
extension JSONValue {
    /// Why bytes are not one JSON value, for the caller to turn into its own error.
    public struct ParseError: Error, Sendable, Hashable {
        /// The byte offset where reading stopped.
        public var offset: Int
    }

    /// The one JSON value `bytes` hold, with only whitespace around it.
    /// - Throws: `ParseError` for anything else, including invalid UTF-8 in a string.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        // A byte-order mark, which JSONDecoder skips too.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.offset == bytes.count else { throw ParseError(offset: reader.offset) }
        return value
    }

    /// The one JSON value the bytes of `line` hold; see `parse(_:)`.
    public static func parse(_ line: some Collection<UInt8>) throws(ParseError) -> JSONValue {
        let parsed = line.withContiguousStorageIfAvailable { bytes in
            Result { () throws(ParseError) in try parse(bytes) }
        }
        if let parsed { return try parsed.get() }
        return try Array(line).withUnsafeBufferPointer { bytes throws(ParseError) in try parse(bytes) }
    }
}

private struct JSONReader {
    /// As deep as `JSONDecoder` reads; deeper would risk the stack on a hostile line.
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var failure: JSONValue.ParseError { JSONValue.ParseError(offset: offset) }

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        skipWhitespace()
        guard offset < bytes.count else { throw failure }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONValue.ParseError) {
        let count = word.utf8CodeUnitCount
        guard bytes.count - offset >= count else { throw failure }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { throw failure }
        offset += count
    }

    private mutating func object(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw failure }
        offset += 1
        var fields: [String: JSONValue] = [:]
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(fields)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw failure }
            let key = try string()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw failure }
            offset += 1
            let member = try value(depth: depth)
            if fields[key] == nil { fields[key] = member }
            skipWhitespace()
            guard offset < bytes.count else { throw failure }
            switch bytes[offset] {
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
                if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
                    offset += 1
                    return .object(fields)
                }
            case UInt8(ascii: "}"):
                offset += 1
                return .object(fields)
            default: throw failure
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw failure }
        offset += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth))
            skipWhitespace()
            guard offset < bytes.count else { throw failure }
            switch bytes[offset] {
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
                if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
                    offset += 1
                    return .array(elements)
                }
            case UInt8(ascii: "]"):
                offset += 1
                return .array(elements)
            default: throw failure
            }
        }
    }

    private func digits(from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
        return end
    }

    private mutating func number() throws(JSONValue.ParseError) -> JSONValue {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count else { throw failure }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
        } else {
            let end = digits(from: offset)
            guard end > offset else { throw failure }
            offset = end
        }
        var integral = true
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            let end = digits(from: offset + 1)
            guard end > offset + 1 else {
                offset += 1
                throw failure
            }
            offset = end
            integral = false
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            let end = digits(from: offset)
            guard end > offset else { throw failure }
            offset = end
            integral = false
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        if integral, let number = Int(text) { return .integer(number) }
        guard let number = Double(text), number.isFinite else { throw JSONValue.ParseError(offset: start) }
        // JSONDecoder hands an integral number that fits to `Int`, whatever its spelling.
        if number == number.rounded(.towardZero), let exact = Int(exactly: number) { return .integer(exact) }
        return .number(number)
    }

    private mutating func string() throws(JSONValue.ParseError) -> String {
        offset += 1
        let start = offset
        // The common case: no escape, so the bytes are the string.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[start..<offset])
                offset += 1
                return try Self.validated(run, at: start)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure }
            offset += 1
        }
        var utf8 = Array(bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return try utf8.withUnsafeBufferPointer { run throws(JSONValue.ParseError) in
                    try Self.validated(run, at: start)
                }
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { throw failure }
                let escaped = bytes[offset]
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try unicodeEscape())
                default: throw failure
                }
            case ..<0x20:
                throw failure
            default:
                utf8.append(byte)
                offset += 1
            }
        }
        throw failure
    }

    /// After `\u`: four hex digits, or a surrogate pair of two escapes; the scalar's UTF-8.
    private mutating func unicodeEscape() throws(JSONValue.ParseError) -> [UInt8] {
        let first = try hexQuad()
        var scalar: Unicode.Scalar?
        if (0xD800..<0xDC00).contains(first) {
            guard bytes.count - offset >= 6, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
            else { throw failure }
            offset += 2
            let second = try hexQuad()
            guard (0xDC00..<0xE000).contains(second) else { throw failure }
            scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        } else {
            scalar = Unicode.Scalar(first)
        }
        guard let scalar else { throw failure }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hexQuad() throws(JSONValue.ParseError) -> UInt32 {
        guard bytes.count - offset >= 4 else { throw failure }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    /// The string the UTF-8 bytes spell, refused when they are not valid UTF-8.
    private static func validated(_ run: UnsafeBufferPointer<UInt8>, at start: Int) throws(JSONValue.ParseError)
        -> String
    {
        guard let text = String(validating: run, as: UTF8.self) else { throw JSONValue.ParseError(offset: start) }
        return text
    }
}
