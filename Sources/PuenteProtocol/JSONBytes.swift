/// Writes JSON text straight into bytes, exactly as `RPCCodec.encoder` writes the
/// same values (keys as given, which callers keep sorted; slashes unescaped;
/// integral doubles without ".0"). The hottest results use it: going through
/// `Encodable` cost a fifth of a search request.
public struct JSONBytes {
    public private(set) var bytes: [UInt8] = []
    /// Whether the object or array being written still needs a comma before its next member.
    private var needsComma = false

    /// - Parameter capacity: the bytes to reserve; a search result's 4 KiB by default.
    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends JSON text written elsewhere (a result already encoded), as it is.
    public mutating func raw(_ json: some Sequence<UInt8>) {
        bytes.append(contentsOf: json)
    }

    /// An object whose members `body` writes with `member`, in sorted key order.
    public mutating func object(_ body: (inout JSONBytes) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array whose elements `body` writes, one value each.
    public mutating func array<Element>(_ elements: some Sequence<Element>, _ body: (inout JSONBytes, Element) -> Void)
    {
        open(UInt8(ascii: "["))
        for element in elements {
            separate()
            body(&self, element)
            needsComma = true
        }
        close(UInt8(ascii: "]"))
    }

    /// One member of the object being written: its key, then the value `body` writes.
    public mutating func member(_ key: StaticString, _ body: (inout JSONBytes) -> Void) {
        separate()
        key.withUTF8Buffer { writeString($0) }
        bytes.append(UInt8(ascii: ":"))
        body(&self)
        needsComma = true
    }

    /// A member keyed by a runtime string, as dictionaries have.
    public mutating func member(_ key: String, _ body: (inout JSONBytes) -> Void) {
        separate()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        body(&self)
        needsComma = true
    }

    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { writeString($0) }
    }

    public mutating func integer(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    /// Shortest round-trip digits, as Foundation's encoder writes them.
    public mutating func double(_ number: Double) {
        var digits = number.description
        if digits.hasSuffix(".0") { digits.removeLast(2) }
        bytes.append(contentsOf: digits.utf8)
    }

    public mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = false
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case ..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
