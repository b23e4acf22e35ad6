import Foundation
import OrderedCollections
import SeamsAnalyzer
import SeamsModel
import Testing
@testable import SeamsArchitect
import SeamsPartitioning

/// Item 4 of issue 12: modules named for their role, briefs that state the gate condition and
/// what the module must not do.
struct ModuleRoleTests {
    static func module(_ plan: Plan, holding concern: String) throws -> Module {
        try #require(plan.document.modules.values.first { $0.concerns.contains { $0.value == concern } })
    }

    @Test func supportAutomationModulesAreNamedForTheirRoles() throws {
        let (_, plan) = try SampleSpecTests.load("support-automation")
        #expect(try Self.module(plan, holding: "approve-refund").id == "refund-approval")
        #expect(try Self.module(plan, holding: "issue-refund").id == "payments")
        #expect(try Self.module(plan, holding: "review-reply").id == "reply-review")
        let ids = Array(plan.document.modules.keys)
        #expect(Set(ids).count == ids.count)
        // No module is named after its first concern any more.
        for module in plan.document.modules.values { #expect(module.id != module.concerns.first?.value) }
    }

    @Test func theBriefOfAnActionAfterAGateStatesTheGateCondition() throws {
        let (_, plan) = try SampleSpecTests.load("support-automation")
        let payments = try Self.module(plan, holding: "issue-refund")
        let boundaries = try #require(payments.boundaries?.value)
        #expect(boundaries.contains("Do not act before approve-refund's decision: proceed only when refund_approval.decision is approved."))
        #expect(boundaries.contains("Use no tool but payments_api."))
        #expect(payments.objective?.value == "Change the world through payments_api: issue-refund (irreversible), and report refund_receipt, "
                + "given order_record, refund_approval and resolution_proposal.")
        let gate = try Self.module(plan, holding: "approve-refund")
        #expect(gate.objective?.value == "Get a person's decision on refund_approval.decision (approved or rejected), "
                + "given fraud_verdict, qa_verdict and resolution_proposal.")
    }

    @Test func reviewersAndAuthorsAreToldNotToGradeTheirOwnWork() throws {
        let (_, plan) = try SampleSpecTests.load("support-automation")
        let review = try Self.module(plan, holding: "review-reply")
        let draft = try Self.module(plan, holding: "draft-reply")
        #expect(review.boundaries?.value.contains("Do not review your own work or rewrite what you judge: it comes from the resolution-proposal and \(draft.id) modules.") == true)
        #expect(draft.boundaries?.value.contains("Do not grade your own work: the \(review.id) module reviews it.") == true)
        #expect(review.objective?.value.hasPrefix("Judge reply_draft") == true)
    }

    @Test func aGateWithoutAProceedValueStillNamesTheDecision() {
        var spec = Document(file: "g.yaml")
        var artifact = Artifact(id: "verdict", location: SourceLocation(file: "g.yaml", line: 1, column: 1))
        var field = Field(name: "choice", location: SourceLocation(file: "g.yaml", line: 2, column: 1))
        field.values = ["left", "right"]
        artifact.fields = [field]
        spec.artifacts["verdict"] = artifact
        let brief = ModuleBrief(spec: spec, moduleOf: [:], writers: [:])
        #expect(brief.gateCondition("verdict") == "a person has recorded verdict.choice (one of left, right) and it allows the work")
        #expect(brief.gateCondition("missing") == "a person has written missing and it allows the work")
    }

    @Test func namesAreUniqueAndFallBackToNumbers() {
        let at = SourceLocation(file: "n.yaml", line: 1, column: 1)
        var a = Concern(id: "a", location: at)
        a.writes = [Located("report", at: at)]
        var b = Concern(id: "b", location: at)
        b.writes = [Located("report", at: at)]
        var c = Concern(id: "c", location: at)
        c.writes = [Located("report", at: at)]
        let names = ModuleNaming.names(concerns: [a, b, c], members: [[0], [1], [2]], weightOf: [:])
        #expect(names == ["report", "b", "c"])
        #expect(ModuleNaming.systemName("payments_api") == "payments")
        #expect(ModuleNaming.slug("Refund_Approval") == "refund-approval")
    }
}

/// Item 4 of issue 12: least privilege in the objective.
struct ToolSpreadTests {
    static let spec = """
    seams: 1
    budget: { attention: 2 }
    inputs: [brief]
    artifacts:
      a: { weight: 4 }
      b: { weight: 4 }
      c: { weight: 1 }
    concerns:
      one: { reads: [brief], writes: [a], tools: [git], load: 1 }
      two: { reads: [a], writes: [b], load: 1 }
      three: { reads: [b], writes: [c], tools: [git], load: 1 }
      four: { reads: [c], writes: [d], tools: [git], load: 1 }
    """

    @Test func aSharedToolIsANetOfThreeBitsPerExtraModule() throws {
        let document = try DocumentLoader().load(text: Self.spec, file: "t.yaml")
        let score = SpecFixtures.analyzer.score(document)
        let graph = SpecHypergraph(document: document, score: score, budget: 2, modules: nil)
        #expect(graph.sharedTools == ["git"])
        #expect(graph.problem.hypergraph.netWeights.last == 3)
        let plan = try SpecFixtures.plan(Self.spec, file: "t.yaml")
        // Two modules of load 2: {one, two} and {three, four} cut b once (4 bits) and spread git over 2 modules (3 bits).
        #expect(plan.document.modules.values.map { $0.concerns.map(\.value) } == [["one", "two"], ["three", "four"]])
        #expect(plan.toolSpread.map(\.tool) == ["git"])
        #expect(plan.toolSpread.map(\.bits) == [3])
        #expect(plan.objective == plan.cost + 3)
        #expect(PlanReport.summary(plan).contains { $0.hasPrefix("tool spread: 3 bits, 3 per extra module holding a shared tool (git in 2 modules: ") })
    }
}
