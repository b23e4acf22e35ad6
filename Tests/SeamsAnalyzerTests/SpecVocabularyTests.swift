import Foundation
import SeamsAnalyzer
import SeamsWorkspace
import SeamsModel
import Testing
import SeamsTestSupport

/// Item 3 of issue 15: vocabulary a spec author reaches for.
@Suite("Spec vocabulary")
struct SpecVocabularyTests {
    static let release = """
    seams: 1
    defaults: { required: true }
    artifacts:
      release:
        fields:
          version: { type: string, format: semvr }
          lang: { type: string, format: BCP 47 }
          digest: { type: string, format: sha256 }
          price: { type: number, unit: INR (major units) }
          rate: { type: number, unit: requests/s }
          length: { type: number, unit: furlongs }
          notes: { type: array, items: { type: object, fields: { at: { type: string, format: date-time } } }, ordering: by att }
          tags: { type: array, items: { type: string }, ordering: sorted }
    """

    static func warnings(_ text: String, vocabulary: FieldVocabulary = FieldVocabulary()) throws -> [String] {
        let document = try DocumentLoader().load(text: text, file: "v.yaml")
        return VocabularyCheck.warnings(in: document, vocabulary: vocabulary).map { "\($0.id) \($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test func unknownFormatsUnitsAndOrderingsAreLocatedWarningsWithADidYouMean() throws {
        #expect(try Self.warnings(Self.release) == [
            "vocabulary.unknown 6:40 format 'semvr' of 'release.version' is not in the known vocabulary; did you mean 'semver'?",
            "vocabulary.unknown 11:37 unit 'furlongs' of 'release.length' is not in the known vocabulary",
            "vocabulary.ordering-key 12:117 'release.notes' is ordered by 'att', which is not a field of its items; did you mean 'at'?",
            "vocabulary.unknown 13:63 ordering 'sorted' of 'release.tags' is not in the known vocabulary",
        ])
    }

    @Test func theProjectFileExtendsTheVocabulary() throws {
        let config = try Scoring.projectConfig("seams: 1\nvocabulary: { format: [semvr], unit: [furlongs], ordering: [sorted] }\n")
        #expect(try Self.warnings(Self.release, vocabulary: config.vocabulary).map { String($0.prefix(24)) } == ["vocabulary.ordering-key "])
    }

    @Test(arguments: [("date-time", FieldVocabulary.Family.time), ("UUID", .identifier), ("ISO 4217", .text), ("duration", .duration)])
    func formatsBelongToTheDecisionTheyClose(format: String, family: FieldVocabulary.Family) {
        #expect(FieldVocabulary().family(ofFormat: format) == family)
    }

    @Test(arguments: [("EUR", FieldVocabulary.Family.money), ("minor units of currency", .money), ("INR (major units)", .money),
                      ("ms", .duration), ("MiB", .size), ("rows", .count), ("tokens/s", .count)])
    func unitsBelongToTheDecisionTheyClose(unit: String, family: FieldVocabulary.Family) {
        #expect(FieldVocabulary().family(ofUnit: unit) == family)
    }

    // MARK: map

    @Test func aMapClosesTheShapeAndLeavesItsValueTypeToItems() throws {
        let open = try ScoringFixture.score(ScoringFixture.payload("scores: { type: map }"))
        #expect(open.interfaces[0].decisions.map { "\($0.id) \($0.subject) \(NumberText.decimal($0.bits))" }
                == ["field.items payload.scores 2.81"])
        #expect(NumberText.decimal(open.interfaces[0].weight) == "12.52")  // type, presence, shape (closed), items; on-error, done
        let closed = try ScoringFixture.score(ScoringFixture.payload("scores: { type: map, items: { type: number, range: [0, 1] } }"))
        #expect(closed.interfaces[0].decisions.isEmpty)
        let object = try ScoringFixture.score(ScoringFixture.payload("scores: { type: object }"))
        #expect(object.interfaces[0].decisions.map(\.id) == ["field.shape"])
    }

    @Test func itemsOnAStringIsStillAnError() throws {
        let error = #expect(throws: DocumentError.self) {
            try DocumentLoader().load(text: ScoringFixture.payload("x: { type: string, items: { type: string } }"), file: "m.yaml")
        }
        #expect(error?.diagnostics.map(\.message) == ["'a->b.x' has items but its type is string"])
    }

    // MARK: actor and effects

    static func spec(_ extra: String) -> String {
        """
        seams: 1
        budget: { attention: 10 }
        inputs: [lead]
        concerns:
          research: { reads: [lead], writes: [notes], load: 1 }
          call: { reads: [notes], writes: [outcome], load: 1\(extra) }
        """
    }

    @Test func humanWorkIsAWaitButNotAnApproval() throws {
        let work = try ScoringFixture.score(Self.spec(", actor: human, effect: irreversible"))
        #expect(work.verdict.signals.map(\.rawValue) == ["risk-profiles", "human-wait", "crash-recovery"])
        // actor: human approves nothing, so the irreversible call is still ungated.
        #expect(work.findings.map(\.id) == ["flow.gate"])
        let gated = try ScoringFixture.score(Self.spec(", gate: human, effect: irreversible"))
        #expect(gated.findings.isEmpty)
    }

    @Test(arguments: [("external", ["risk-profiles", "crash-recovery"]), ("read-only", ["risk-profiles"]), ("none", [])])
    func externalChangesTheWorldAndReadOnlyDoesNot(effect: String, signals: [String]) throws {
        let score = try ScoringFixture.score(Self.spec(", effect: \(effect)"))
        #expect(score.verdict.signals.map(\.rawValue) == signals)
        #expect(score.findings.isEmpty, "only irreversible effects need a gate")
    }
}
