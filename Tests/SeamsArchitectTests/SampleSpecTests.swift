import Foundation
import OrderedCollections
import SeamsAnalyzer
import SeamsModel
import Testing
@testable import SeamsArchitect
@testable import SeamsPartitioning

/// The sample specs an orchestrator would run: every plan is acyclic, no module straddles a human
/// gate, no irreversible effect's module holds work that must precede its approval, no reviewer
/// shares a module with an author of what it reviews, and the crossing weight is within 5% of the
/// best acyclic plan an independent annealer finds.
struct SampleSpecTests {
    static let samples = ["saas-release", "investment-diligence", "support-automation", "pipeline-migration",
                          "complaint-resolution", "coding-feature"]

    /// Concern-level flow: writer → reader of every artifact.
    static func reachability(_ document: Document) -> (ids: [String], reach: [[Bool]]) {
        let concerns = Array(document.concerns.values)
        let count = concerns.count
        var reach = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
        for (a, writer) in concerns.enumerated() {
            for (b, reader) in concerns.enumerated() where a != b {
                if writer.writes.contains(where: { write in reader.reads.contains { $0.value == write.value } }) { reach[a][b] = true }
            }
        }
        for middle in 0..<count {
            for a in 0..<count where reach[a][middle] { for b in 0..<count where reach[middle][b] { reach[a][b] = true } }
        }
        return (concerns.map(\.id), reach)
    }

    /// Each sample planned once for all the tests here (planning is the slow part).
    static let planned: [String: Result<(Document, Plan), any Error>] = Dictionary(uniqueKeysWithValues: samples.map { name in
        (name, Result {
            let text = try String(contentsOfFile: ArchitectTests.sample("\(name).yaml"), encoding: .utf8)
            let document = try DocumentLoader().load(text: text, file: "Samples/\(name).yaml")
            return (document, try SpecFixtures.plan(text, file: "Samples/\(name).yaml"))
        })
    })

    static func load(_ name: String) throws -> (Document, Plan) {
        guard let result = planned[name] else { throw DocumentError([]) }
        return try result.get()
    }

    @Test(arguments: samples)
    func planIsRunnable(name: String) throws {
        let (document, plan) = try Self.load(name)
        let (ids, reach) = Self.reachability(document)
        var moduleOf: [String: String] = [:]
        for module in plan.document.modules.values { for concern in module.concerns { moduleOf[concern.value] = module.id } }
        let module = ids.map { moduleOf[$0] ?? "" }
        #expect(!module.contains(""))
        // Acyclic module graph: no two modules reach each other through the flow.
        for a in ids.indices {
            for b in ids.indices where module[a] != module[b] && reach[a][b] {
                for c in ids.indices where module[c] == module[b] {
                    for d in ids.indices where module[d] == module[a] {
                        #expect(!reach[c][d] || c == d, "\(name): \(module[a]) and \(module[b]) feed each other")
                    }
                }
            }
        }
        let concerns = Array(document.concerns.values)
        for (gate, concern) in concerns.enumerated() where concern.isHumanGate {
            for a in ids.indices where reach[a][gate] {
                for b in ids.indices where reach[gate][b] {
                    #expect(module[a] != module[b], "\(name): \(module[a]) holds \(ids[a]) before and \(ids[b]) after gate \(ids[gate])")
                }
            }
        }
        let writersOf = Dictionary(grouping: concerns.indices.flatMap { index in concerns[index].writes.map { ($0.value, index) } },
                                   by: \.0).mapValues { $0.map(\.1) }
        for reviewer in plan.reviewers {
            guard let index = ids.firstIndex(of: reviewer) else { Issue.record("unknown reviewer \(reviewer)"); continue }
            for read in concerns[index].reads {
                for author in writersOf[read.value] ?? [] where author != index {
                    #expect(module[author] != module[index], "\(name): reviewer \(reviewer) sits with its author \(ids[author])")
                }
            }
        }
        let irreversible = concerns.indices.filter { concerns[$0].resolvedEffect == .irreversible }
        for (position, a) in irreversible.enumerated() {
            for b in irreversible[(position + 1)...] where Set(concerns[a].tools) != Set(concerns[b].tools) {
                #expect(module[a] != module[b], "\(name): \(ids[a]) and \(ids[b]) act through different tools in one module")
            }
        }
    }

    /// The annealer explores acyclic partitions on its own; the plan must be within 5% of its best.
    @Test(arguments: samples)
    func crossingWeightIsWithinFivePercentOfAnIndependentSearch(name: String) throws {
        let (document, plan) = try Self.load(name)
        let score = SpecFixtures.analyzer.score(document)
        let graph = SpecHypergraph(document: document, score: score, budget: plan.budget, modules: nil)
        let annealer = Annealer(problem: graph.problem)
        let found = try #require(annealer.best(restarts: 4, steps: 20_000, seed: 12))
        #expect(plan.objective <= found * 1.05 + 1e-6, "\(name): plan \(plan.objective), annealer \(found)")
        print("sample \(name): plan \(NumberText.decimal(plan.objective)) (crossing \(NumberText.decimal(plan.cost))), annealer \(NumberText.decimal(found)), ratio \(NumberText.decimal(plan.objective / found))")
    }

    @Test func complaintResolutionNoLongerPlansACycle() throws {
        let (_, plan) = try Self.load("complaint-resolution")
        #expect(plan.order.cycles.isEmpty)
        #expect(PlanReport.summary(plan).contains("direction: the module graph is acyclic"))
    }

    @Test func codingFeatureKeepsTheReviewerAwayFromBothImplementers() throws {
        let (_, plan) = try Self.load("coding-feature")
        let holder = plan.document.modules.values.first { $0.concerns.contains { $0.value == "review-code" } }
        let together = Set(holder?.concerns.map(\.value) ?? [])
        #expect(together.isDisjoint(with: ["implement-middleware", "implement-storage", "design-api"]))
        #expect(plan.reviewers == ["review-code"])
    }
}

/// Cycles the spec itself forces, and the opt-out.
struct ForcedCycleTests {
    static let loop = """
    seams: 1
    budget: { attention: 2 }
    artifacts:
      draft: { weight: 10 }
      notes: { weight: 10 }
      brief: { weight: 1 }
      answer: { weight: 5 }
      record: { weight: 5 }
    concerns:
      write: { reads: [brief, notes], writes: [draft], load: 1 }
      comment: { reads: [draft], writes: [notes], load: 1 }
      plan: { writes: [brief], load: 1 }
      approve: { reads: [draft], writes: [answer], gate: human, load: 1 }
      publish: { reads: [answer, draft], writes: [record], effect: irreversible, load: 1 }
    """

    @Test func aCycleThatFitsIsKeptInOneModule() throws {
        let plan = try SpecFixtures.plan(Self.loop, file: "loop.yaml")
        #expect(plan.forcedCycles == [["write", "comment"]])
        #expect(plan.splitCycles.isEmpty)
        let holder = plan.document.modules.values.first { $0.concerns.contains { $0.value == "write" } }
        #expect(holder?.concerns.map(\.value).contains("comment") == true)
        #expect(plan.order.cycles.isEmpty)
    }

    @Test func aCycleThroughAGateIsReportedWithItsConcerns() throws {
        let text = Self.loop.replacingOccurrences(of: "write: { reads: [brief, notes]", with: "write: { reads: [brief, notes, answer]")
        let plan = try SpecFixtures.plan(text, file: "loop.yaml")
        #expect(plan.splitCycles == [["write", "comment", "approve"]])
        #expect(PlanReport.summary(plan).contains("cycle forced by the spec (cannot share a module): write -> comment -> approve"))
    }

    @Test func allowCyclesDropsTheDirection() throws {
        let text = try String(contentsOfFile: ArchitectTests.sample("complaint-resolution.yaml"), encoding: .utf8)
        let plan = try SpecFixtures.plan(text, file: "Samples/complaint-resolution.yaml", options: Architect.Options(allowCycles: true))
        let acyclic = try SpecFixtures.plan(text, file: "Samples/complaint-resolution.yaml")
        #expect(plan.allowsCycles)
        #expect(!plan.order.cycles.isEmpty)
        #expect(acyclic.order.cycles.isEmpty)
        #expect(plan.cost < acyclic.cost)
    }
}

/// Item 8 of issue 12 on the planner's own plans: before, `seams score` advised merging 32 of
/// the modules of the six sample plans (8 + 8 + 7 + 7 + 1 + 1); every one crossed a rule.
struct PlanMergeAdviceTests {
    @Test(arguments: SampleSpecTests.samples)
    func theAnalyzerAdvisesNoMergeOnThePlannersOwnPlan(name: String) throws {
        let (_, plan) = try SampleSpecTests.load(name)
        let merges = plan.score.modules.filter { $0.advice == .merge }.map { "\($0.id) with \($0.mergeWith ?? "?")" }
        #expect(merges.isEmpty, "\(name): \(merges)")
    }
}

/// The record's figures for programs are named for what they hold: with a shared tool, the sweep and
/// the plan with cycles allowed give objectives (crossing weight + tool spread), not crossing weights.
@Suite("Plan JSON names")
struct PlanJSONNameTests {
    @Test func theRecordGivesObjectives() throws {
        let (_, plan) = try SampleSpecTests.load("investment-diligence")
        #expect(!plan.toolSpread.isEmpty)
        let json = PlanReport.document(plan, format: .json)
        let record = try #require(json.range(of: "\"record\": {")).upperBound
        let tail = json[record...]
        #expect(!tail.contains("crossingWeight"))
        #expect(tail.contains("\"withCyclesAllowed\": {\n        \"objective\": 377.98,"))
    }
}
