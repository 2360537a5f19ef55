import Foundation
import PuenteProtocol
import Testing

/// The search result written by hand must read exactly as the Codable encoder
/// writes it: clients cannot tell which one answered.
@Suite struct JSONBytesTests {
    static let awkwardText = "Cooperación Sur–Sur \"entre comillas\" \\ / \n\t\r\u{8}\u{C}\u{1}\u{1F}\u{7F} 🌍 e\u{301}"

    static func hit(citation: Int?, section: String?, score: Double, snippet: String) -> Wire.Hit {
        Wire.Hit(
            citation: citation, id: "acción-\(score)", kind: .initiative, title: "Título / \(score)", section: section,
            score: score, snippet: snippet,
            highlights: [Wire.Highlight(start: 0, length: 3), Wire.Highlight(start: 12, length: 7)])
    }

    static let results: [Wire.SearchResult] = [
        Wire.SearchResult(
            total: 0, tookUs: 0, hits: [], facets: [:], corrected: [], ignored: [], queryWords: 0, requiredWords: 0),
        Wire.SearchResult(
            total: 1_234, tookUs: 87,
            hits: [
                hit(citation: nil, section: nil, score: 12.345678901234, snippet: awkwardText),
                hit(citation: 2, section: "II. Cuestiones", score: 3.0, snippet: "plain"),
                hit(citation: nil, section: "I", score: 0.30000000000000004, snippet: ""),
                hit(citation: 9, section: nil, score: 1e-7, snippet: "x"),
                hit(citation: nil, section: nil, score: 123_456_789_012, snippet: "y"),
            ],
            facets: [
                "region": ["africa": 3, "americas": 1, "arab-states": 0], "modality": ["south-south": 2], "theme": [:],
            ],
            corrected: [Wire.Correction(typed: "cooperacoin", corrected: "cooperación")],
            ignored: ["de", "la", awkwardText], queryWords: 3, requiredWords: 2),
    ]

    @Test(arguments: results)
    func theHandWrittenResultReadsAsTheEncoderWritesIt(_ result: Wire.SearchResult) throws {
        let expected = try RPCCodec.encoder.encode(result)
        let written = Data(result.jsonBytes())
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(try RPCCodec.decoder.decode(Wire.SearchResult.self, from: written) == result)
    }

    @Test func everyControlCharacterIsEscapedAsTheEncoderDoes() throws {
        let text = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        let result = Wire.SearchResult(
            total: 0, tookUs: 0, hits: [], facets: [:], corrected: [], ignored: [text], queryWords: 0, requiredWords: 0)
        #expect(Data(result.jsonBytes()) == (try RPCCodec.encoder.encode(result)))
    }
}
