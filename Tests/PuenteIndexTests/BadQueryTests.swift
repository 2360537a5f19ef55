import Testing

@testable import PuenteIndex

/// Every malformed query gets a clear error or a documented empty result, never a crash.
@Suite struct BadQueryTests {
    let index = Index(documents: [
        passage("a", body: "trabajo infantil en África", facets: [.region: ["africa"], .kind: ["initiative"]]),
        passage("b", body: "trabajo infantil en las Américas", facets: [.region: ["americas"], .kind: ["initiative"]]),
    ])

    private func error(_ query: String, configure: (inout SearchOptions) -> Void = { _ in }) -> QueryError? {
        do {
            _ = try search(index, query, configure: configure)
            return nil
        } catch let error as QueryError {
            return error
        } catch {
            return nil
        }
    }

    @Test(arguments: ["", "   ", "\t\n", "!!! ¿? …", "\"\"", "-"])
    func anEmptyQueryIsAnError(_ query: String) {
        #expect(
            error(query)?.description
                == "the query is empty; write one or more words, a \"quoted phrase\" or a filter such as region:africa")
    }

    @Test func aQueryOfStopwordsOnlyFindsNothingAndSaysWhy() throws {
        let result = try search(index, "de la the of")
        #expect(result.total == 0 && result.hits.isEmpty)
        #expect(result.ignoredWords == ["de", "la", "the", "of"])
    }

    @Test func aTenThousandCharacterQueryIsRefused() {
        let query = String(repeating: "trabajo ", count: 1250)
        #expect(error(query)?.description == "the query is 10000 characters long; at most 2000 are accepted")
    }

    @Test func tooManyWordsIsRefused() {
        let query = (0..<40).map { "palabra\($0)" }.joined(separator: " ")
        #expect(error(query)?.description == "the query has 40 words and phrases; at most 32 are accepted")
    }

    @Test func anUnknownFilterFieldNamesTheFieldsAccepted() {
        #expect(
            error("trabajo regoin:africa")?.description
                == "unknown filter field 'regoin'; expected region, modality, theme, mechanism or kind (did you mean 'region'?)"
        )
        #expect(error("colour:red")?.kind == .unknownFilterField)
    }

    @Test func anUnknownFilterValueNamesTheValuesAccepted() {
        #expect(
            error("region:afirca")?.description
                == "unknown region 'afirca'; expected africa or americas (did you mean 'africa'?)")
        #expect(error("theme:cacao")?.description == "unknown theme 'cacao'; no passage has a theme")
    }

    @Test func limitsAndOffsetsOutOfRangeAreRefused() {
        #expect(error("trabajo") { $0.limit = -1 }?.description == "limit -1 is out of range; expected 0 to 1000")
        #expect(error("trabajo") { $0.limit = 5000 }?.kind == .invalidLimit)
        #expect(error("trabajo") { $0.offset = -3 }?.description == "offset -3 is out of range; expected 0 or more")
    }

    @Test(arguments: [
        "\"unterminated phrase", "region:", "14:30", "a: b", "--trabajo", "-\"\"", "\"\"\"\"", "region:\"",
        "🧒🏽👧🏻", "\u{0301}\u{0301}", "ⅫⅫ", "\u{0000}", "trabajo\u{200B}infantil", String(repeating: "a", count: 1900),
        String(repeating: "ñ", count: 300) + " " + String(repeating: "é", count: 300),
    ])
    func oddQueriesNeverCrash(_ query: String) {
        do {
            _ = try search(index, query) {
                $0.prefixLastWord = true
                $0.explain = true
            }
        } catch {
            #expect(error is QueryError && !"\(error)".isEmpty)
        }
    }

    @Test func anUnterminatedQuoteRunsToTheEnd() throws {
        #expect(ids(try search(index, "\"trabajo infantil")).count == 2)
    }

    @Test func anEmptyIndexAnswersEveryQuery() throws {
        let empty = Index(documents: [])
        #expect(try empty.search("trabajo").total == 0)
        #expect(
            try empty.search(
                "trabajo",
                options: {
                    var o = SearchOptions()
                    o.prefixLastWord = true
                    return o
                }()
            ).total == 0)
    }
}
