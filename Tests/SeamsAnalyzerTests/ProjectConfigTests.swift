import Foundation
import SeamsAnalyzer
import SeamsWorkspace
import SeamsModel
import Testing
import SeamsTestSupport

@Suite("Project file")
struct ProjectConfigTests {
    func config(_ yaml: String) throws -> ProjectConfig {
        try Scoring.projectConfig(yaml)
    }

    @Test func disablingAnEntryRemovesItsBitsAndWeight() throws {
        let yaml = ScoringFixture.payload("tags: { type: array, items: { type: string } }")
        let before = try ScoringFixture.score(yaml)
        let after = try ScoringFixture.score(yaml, config: try config("seams: 1\ncatalog: { disable: [field.ordering] }\n"))
        #expect(NumberText.rounded(before.totals.openBits - after.totals.openBits) == 1)
        #expect(NumberText.rounded(before.totals.weight - after.totals.weight) == 1)
    }

    @Test func replacingAlternativesReweights() throws {
        let yaml = ScoringFixture.payload("price: { type: number }")
        let score = try ScoringFixture.score(yaml, config: try config("""
        seams: 1
        catalog:
          alternatives:
            field.unit.money: [cents, euros]
        """))
        let money = try #require(score.decisions(NameRules.money.id).first)
        #expect(money.bits == 1)
        #expect(money.alternatives == ["cents", "euros"])
    }

    @Test func addedVagueTermsAndTokensFire() throws {
        let yaml = ScoringFixture.payload("gst: { type: number, about: Computed swiftly. }")
        let score = try ScoringFixture.score(yaml, config: try config("""
        seams: 1
        catalog:
          vague-terms: [swiftly]
          tokens: { field.unit.money: [gst] }
        """))
        #expect(score.decisions(TextRules.vague.id).count == 1)
        #expect(score.decisions(NameRules.money.id).count == 1)
    }

    @Test func policyInTheProjectFileSetsTau() throws {
        let yaml = ScoringFixture.interface("payload: { fields: { created_at: { type: string } } }")
        let score = try ScoringFixture.score(yaml, config: try config("seams: 1\npolicy: { isolate-max-open-bits: 8 }\n"))
        #expect(score.policy.isolateMaxOpenBits == 8)
        #expect(score.pairs.first?.isolation == .isolate)
    }

    @Test func unknownIDsAreLocatedErrors() throws {
        #expect(throws: DocumentError.self) { try config("seams: 1\ncatalog: { disable: [field.typo] }\n") }
        do {
            _ = try config("seams: 1\ncatalog: { disable: [field.tpye] }\n")
        } catch let error as DocumentError {
            #expect(error.diagnostics.map(\.message) == ["no decision point 'field.tpye'"])
            #expect(error.diagnostics.map(\.suggestion) == ["field.type"])
            #expect(error.diagnostics.map { DiagnosticText.render($0).split(separator: ":", maxSplits: 3).last.map(String.init) }
                == [" error: no decision point 'field.tpye'; did you mean 'field.type'? — rename it to 'field.type'"])
            #expect(error.diagnostics.map(\.location.line) == [2])
            #expect(error.diagnostics.map(\.location.column) == [22])
        }
    }
}
