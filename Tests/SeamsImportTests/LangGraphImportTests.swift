import SeamsAnalyzer
import SeamsImport
import SeamsModel
import Testing

@Suite struct LangGraphImportTests {
    @Test func interfacePrecisionAndRecallOverTheFixtures() throws {
        let tally = try ExpectedInterfaces.tally("langgraph")
        #expect(tally.misses == [])
        #expect((tally.matched, tally.found, tally.expected) == (77, 77, 77))
        let precision = Double(tally.matched) / Double(tally.found)
        let recall = Double(tally.matched) / Double(tally.expected)
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
    }
}
