import SeamsAnalyzer
import SeamsModel
import Testing

/// Item 8 of issue 12: `merge` is advised only with a named partner that no rule of the
/// architect keeps apart (review duty, apart, gate phase, irreversible effects, budget, cycle).
@Suite("Merge advice never contradicts the architect")
struct MergeAdviceTests {
    static func spec(budget: Double = 10, constraints: String = "") -> String {
        """
        seams: 1
        budget: { attention: \(NumberText.decimal(budget)) }
        inputs: [brief]
        artifacts:
          draft: { weight: 20 }
          verdict: { weight: 2 }
          post: { weight: 1 }
        concerns:
          write: { reads: [brief], writes: [draft], load: 1 }
          review: { does: Review the draft., reads: [draft], writes: [verdict], load: 1 }
          publish: { reads: [draft, verdict], writes: [post], load: 1 }
        \(constraints)
        modules:
          writer: { concerns: [write] }
          reviewer: { concerns: [review] }
          publisher: { concerns: [publish] }
        """
    }

    static func advice(_ text: String) throws -> [String: (ModuleAdvice, String?, String)] {
        let score = try ScoringFixture.score(text)
        return Dictionary(uniqueKeysWithValues: score.modules.map { ($0.id, ($0.advice, $0.mergeWith, $0.reason)) })
    }

    @Test func thePartnerSkipsTheAuthorAndACycle() throws {
        let advice = try Self.advice(Self.spec())
        // The reviewer's heaviest neighbour is the writer, whose work it reviews.
        #expect(advice["reviewer"]?.0 == .merge)
        #expect(advice["reviewer"]?.1 == "publisher")
        #expect(advice["reviewer"]?.2 == "it must be told 24.32 bits to produce 2: over-staffed; merge with publisher")
        // The publisher's heaviest neighbour is the writer, but writer → reviewer → publisher would become a cycle.
        #expect(advice["publisher"]?.1 == "reviewer")
        #expect(advice["writer"]?.0 == .keep)
    }

    @Test func noPartnerLeftMeansKeepWithTheReason() throws {
        let advice = try Self.advice(Self.spec(constraints: "constraints: { apart: [[review, publish]] }"))
        #expect(advice["reviewer"]?.0 == .keep)
        #expect(advice["reviewer"]?.1 == nil)
        #expect(advice["reviewer"]?.2 == "it must be told 24.32 bits to produce 2, but no merge is allowed: with writer, review reviews the work of write")
        #expect(advice["publisher"]?.0 == .keep)
        #expect(advice["publisher"]?.2 == "it must be told 30.64 bits to produce 1, but no merge is allowed: with writer, it would close a cycle through another module")
    }

    @Test func aMergeOverTheBudgetIsNotAdvised() throws {
        let advice = try Self.advice(Self.spec(budget: 1.5))
        #expect(advice.values.allSatisfy { $0.0 != .merge })
        #expect(advice["reviewer"]?.2.hasSuffix("with writer, review reviews the work of write") == true)
        #expect(advice["publisher"]?.2.hasSuffix("with writer, load 2 would exceed the budget of 1.5") == true)
    }

    @Test func aGatePhaseIsNeverMergedAcross() throws {
        let text = """
        seams: 1
        budget: { attention: 10 }
        inputs: [brief]
        artifacts:
          plan: { weight: 20 }
          ok: { weight: 1 }
          result: { weight: 1 }
        concerns:
          draft: { reads: [brief], writes: [plan], load: 1 }
          approve: { reads: [plan], writes: [ok], gate: human, load: 1 }
          execute: { reads: [ok, plan], writes: [result], effect: reversible, load: 1 }
          tidy: { reads: [result, plan], writes: [notes], load: 1 }
        modules:
          drafter: { concerns: [draft] }
          gate: { concerns: [approve] }
          executor: { concerns: [execute] }
          tidier: { concerns: [tidy] }
        """
        let advice = try Self.advice(text)
        // tidy comes after the gate; its heaviest neighbour, the drafter, comes before it.
        #expect(advice["tidier"]?.1 != "drafter")
        #expect(advice["tidier"]?.1 == "executor")
    }
}
