import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsTestSupport
import Testing

/// A decision of a payload's own shape is the producer's, counted once however many consumers
/// read it; decisions of a handoff itself (on-error, done, delivery) stay per interface.
@Suite("Shared decisions")
struct SharedDecisionTests {
    /// `report` is written by `writer` and read by three modules over written interfaces.
    static func fanOut(score: String = "{ type: number }", onError: String = "on-error: fail, ", about: String? = nil) -> String {
        let body = about.map { "{ about: \($0) }" } ?? "{ fields: { score: \(score), submitted_at: { type: string } } }"
        return """
        seams: 1
        defaults: { required: true }
        artifacts:
          report: \(body)
        modules: { writer: {}, a: {}, b: {}, c: {} }
        interfaces:
          - { from: writer, to: a, carries: [report], \(onError)done: schema-valid }
          - { from: writer, to: b, carries: [report], \(onError)done: schema-valid }
          - { from: writer, to: c, carries: [report], \(onError)done: schema-valid }
        """
    }

    @Test func anArtifactReadByThreeModulesCountsOnceAtItsDeclaration() throws {
        let score = try Scoring.score(Self.fanOut())
        // field.range 2.32 + field.format.time 2.58 (4.91 unrounded), once; each consumer is still exposed to both.
        #expect(NumberText.decimal(score.totals.openBits) == "4.91")
        #expect(NumberText.decimal(score.totals.exposedBits) == "14.72")
        #expect(score.interfaces.map { NumberText.decimal($0.openBits) } == ["4.91", "4.91", "4.91"])
        #expect(score.interfaces.allSatisfy { $0.decisions.allSatisfy(\.isShared) })
        #expect(score.sharedDecisions.map(\.decision.id) == ["field.range", "field.format.time"])
        #expect(score.sharedDecisions.map(\.decision.location.line) == [4, 4])
        let consumers = try #require(score.sharedDecisions.first).consumers
        #expect(consumers.map(\.interface) == ["writer->a", "writer->b", "writer->c"])
        #expect(score.sharedDecisions.first?.producers == ["writer"])
        #expect(score.sharedDecisions.first?.consumerText() == "read by a, b, c")
        // Weight too counts the payload once: three interfaces' clauses plus one artifact.
        let single = try Scoring.score(Self.fanOut().replacingOccurrences(of: "  - { from: writer, to: b, carries: [report], on-error: fail, done: schema-valid }\n", with: "")
            .replacingOccurrences(of: "  - { from: writer, to: c, carries: [report], on-error: fail, done: schema-valid }", with: ""))
        #expect(single.sharedDecisions.isEmpty)
        #expect(NumberText.decimal(single.totals.openBits) == "4.91")
        #expect(NumberText.decimal(score.totals.weight - single.totals.weight) == "8.64")  // two more on-error + done (2.32 + 2)
    }

    @Test func closingASharedDecisionLowersTheTotalByItsBitsOnce() throws {
        let open = try Scoring.score(Self.fanOut())
        let closed = try Scoring.score(Self.fanOut(score: "{ type: number, range: [0, 1] }"))
        #expect(NumberText.decimal(open.totals.openBits - closed.totals.openBits) == "2.32")
        #expect(NumberText.decimal(open.totals.exposedBits - closed.totals.exposedBits) == "6.97")
        #expect(closed.sharedDecisions.map(\.decision.id) == ["field.format.time"])
        #expect(closed.totals.openBits <= open.totals.openBits)
    }

    @Test func aSharedProsePayloadKeepsItsLowerBound() throws {
        let score = try Scoring.score(Self.fanOut(about: "The relevant findings."))
        #expect(score.totals.isLowerBound)
        // interface.prose ≥8 and 'relevant' 1, once.
        #expect(NumberText.decimal(score.totals.openBits) == "9")
        #expect(score.sharedDecisions.map(\.decision.id) == ["interface.prose", "text.vague"])
        #expect(score.sharedDecisions.first?.decision.isLowerBound == true)
    }

    @Test func aHandoffsOwnClausesStayPerInterface() throws {
        let score = try Scoring.score(Self.fanOut(score: "{ type: number, range: [0, 1] }", onError: ""))
        // field.format.time 2.58 once; interface.on-error 2.32 on each of the three handoffs.
        #expect(NumberText.decimal(score.totals.openBits) == "9.55")
        #expect(score.interfaces.allSatisfy { $0.decisions.filter { $0.id == "interface.on-error" }.allSatisfy { !$0.isShared } })
        #expect(score.sharedDecisions.map(\.decision.id) == ["field.format.time"])
    }

    @Test func twoWritersOfDifferentPayloadsShareNothing() throws {
        let score = try Scoring.score("""
        seams: 1
        defaults: { required: true }
        modules: { a: {}, b: {}, c: {} }
        interfaces:
          - { from: a, to: c, payload: { fields: { score: { type: number } } }, on-error: fail, done: schema-valid }
          - { from: b, to: c, payload: { fields: { score: { type: number } } }, on-error: fail, done: schema-valid }
        """)
        #expect(score.sharedDecisions.isEmpty)
        #expect(NumberText.decimal(score.totals.openBits) == "4.64")
        #expect(score.totals.exposedBits == score.totals.openBits)
    }
}
