import Foundation
import SeamsAnalyzer
import SeamsModel
import Testing

@Suite("Name rules on real field names")
struct FieldNamePrecisionTests {
    static let list = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/field-names.tsv")

    static func measure() throws -> FieldNameMeasurement {
        let rows = try FieldNameMeasurement.parse(try String(contentsOf: list, encoding: .utf8), file: "field-names.tsv")
        return try FieldNameMeasurement(rows: rows, catalog: Catalog.builtIn())
    }

    @Test("at least 200 API names; precision ≥ 0.95 with the measured counts")
    func precision() throws {
        let measurement = try Self.measure()
        #expect(measurement.rows.filter { $0.source != "issue-15" }.count == 354)
        #expect(measurement.total == FieldNameMeasurement.Counts(truePositives: 70, falsePositives: 2, falseNegatives: 11))
        let precision = try #require(measurement.total.precision)
        #expect(precision >= 0.95)
        #expect(NumberText.rounded(precision) == 0.97)
        #expect(NumberText.rounded(try #require(measurement.total.recall)) == 0.86)
    }

    @Test("issue #15's names raise only what they should")
    func issueNames() throws {
        let rows = try Self.measure().rows.filter { $0.source == "issue-15" }
        #expect(rows.map(\.name) == ["given_when_then", "provider_refund_id", "refund_id", "revenue_diff_percent", "batch_size_rows", "storage"])
        #expect(rows.map(\.raised) == [[], ["field.format.id"], [], [], [], []])
    }

    @Test("a rule nothing tried has no precision or recall, not a perfect one")
    func nothingMeasured() {
        let untried = FieldNameMeasurement.Counts()
        #expect(untried.precision == nil && untried.recall == nil)
        let neverExpected = FieldNameMeasurement.Counts(falsePositives: 3)
        #expect(neverExpected.precision == 0 && neverExpected.recall == nil)
    }
}
