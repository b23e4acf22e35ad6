import OrderedCollections
import Foundation
import SeamsAnalyzer
import SeamsArchitect
import SeamsModel
import Testing
import SeamsTestSupport
@testable import SeamsArchitect
@testable import SeamsPartitioning

/// The architect on specs: brute-force optimality, constraints, planted recovery, determinism,
/// and the plan being valid input to scoring.
struct ArchitectTests {
    @Test(arguments: 1...40)
    func planCostEqualsBruteForceOptimum(seed: Int) throws {
        let (text, instance, modules) = SpecFixtures.randomSpec(seed: UInt64(seed))
        let expected = BruteForce.optimum(instance)
        let document = try DocumentLoader().load(text: text, file: "random.yaml")
        let score = SpecFixtures.analyzer.score(document)
        let singleAgent = instance.blockCount == nil && score.verdict.totalLoad <= instance.capacity && score.verdict.signals.count < 2
        do {
            let plan = try SpecFixtures.plan(text, file: "random.yaml", options: Architect.Options(modules: modules))
            let labels = SpecFixtures.labels(plan, concernCount: instance.weights.count)
            #expect(!labels.contains(-1), "seed \(seed): every concern is in a module")
            #expect(BruteForce.cost(labels, instance) == plan.cost, "seed \(seed): the reported cost is the plan's cost")
            #expect(plan.score.totals.crossingWeight == plan.cost, "seed \(seed): the analyzer agrees on the plan's cost")
            if singleAgent {
                #expect(plan.isSingleAgent && plan.document.modules.count == 1, "seed \(seed)")
            } else {
                #expect(plan.cost == expected, "seed \(seed): plan \(plan.cost), brute force \(String(describing: expected))")
                #expect(plan.isOptimal, "seed \(seed)")
                let blocks = Set(labels).count
                #expect(BruteForce.isFeasible(labels, blocks: blocks, instance), "seed \(seed): a constraint is violated")
            }
        } catch let error as DocumentError {
            #expect(expected == nil && !singleAgent, "seed \(seed): \(error)")
        }
    }

    @Test(arguments: [(4, 5), (10, 8), (25, 4)])
    func plantedSpecIsRecoveredExactly(blocks: Int, size: Int) throws {
        let (text, groups, cost) = SpecFixtures.plantedSpec(blocks: blocks, size: size)
        for options in [Architect.Options(), Architect.Options(modules: blocks)] {
            let plan = try SpecFixtures.plan(text, file: "planted.yaml", options: options)
            let found = plan.document.modules.values.map { $0.concerns.map(\.value).sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
            #expect(found == groups.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) })
            #expect(plan.cost == cost)
        }
    }

    @Test func planIsDeterministicAndRescoresToTheSameCost() throws {
        let text = try String(contentsOfFile: Self.sample("loan-approval.yaml"), encoding: .utf8)
        let first = try SpecFixtures.plan(text, file: "Samples/loan-approval.yaml")
        let second = try SpecFixtures.plan(text, file: "Samples/loan-approval.yaml")
        let yaml = PlanReport.document(first, format: .yaml)
        #expect(yaml == PlanReport.document(second, format: .yaml))
        #expect(PlanReport.document(first, format: .json) == PlanReport.document(second, format: .json))
        // The written plan loads and scores to the same crossing weight.
        for format in PlanReport.Format.allCases {
            let written = PlanReport.document(first, format: format)
            let reloaded = try DocumentLoader().load(text: written, file: "plan.\(format.rawValue)")
            let rescored = SpecFixtures.analyzer.score(reloaded)
            #expect(abs(rescored.totals.crossingWeight - first.cost) < 1e-9)
            #expect(rescored.modules.count == first.document.modules.count)
        }
        #expect(PlanFile.isUnedited(yaml))
        #expect(!PlanFile.isUnedited(yaml.replacingOccurrences(of: "parse-docs", with: "parse-documents")))
    }

    @Test func loanApprovalSeparatesGateAndIrreversibleEffect() throws {
        let text = try String(contentsOfFile: Self.sample("loan-approval.yaml"), encoding: .utf8)
        let plan = try SpecFixtures.plan(text, file: "Samples/loan-approval.yaml")
        let moduleOf = Dictionary(uniqueKeysWithValues: plan.document.modules.values.flatMap { module in module.concerns.map { ($0.value, module.id) } })
        let gateModule = try #require(plan.document.modules[moduleOf["human-review"] ?? ""])
        #expect(gateModule.concerns.map(\.value) == ["human-review"])
        for writer in ["parse-docs", "price-loan"] { #expect(moduleOf[writer] != moduleOf["send-offer"]) }
        #expect(plan.order.approvalGates == [moduleOf["human-review"] ?? ""])
        #expect(plan.isOptimal)
        // Every cut has an interface whose open decisions are listed above it.
        let yaml = PlanReport.document(plan, format: .yaml)
        for interface in plan.score.interfaces {
            #expect(yaml.contains("  # \(interface.name): open \(NumberText.decimal(interface.openBits)) bits"))
            for decision in interface.decisions { #expect(yaml.contains("open: \(decision.id) \(decision.subject) (")) }
        }
        #expect(moduleOf["human-review"] == "decision")
        #expect(moduleOf["send-offer"] == "email")
        #expect(yaml.contains("# approval gates: decision"))
        #expect(yaml.contains("# checkpoints after: email"))
    }

    @Test func smallSpecWithoutSignalsStaysWithOneAgent() throws {
        let text = """
        seams: 1
        name: notes
        budget: { attention: 4 }
        inputs: [transcript]
        concerns:
          summarise: { reads: [transcript], writes: [summary] }
          list-actions: { reads: [summary], writes: [actions] }
        """
        let plan = try SpecFixtures.plan(text)
        #expect(plan.isSingleAgent)
        #expect(Array(plan.document.modules.keys) == [Analyzer.singleModuleID])
        #expect(PlanReport.summary(plan)[0].contains("stay with a single agent"))
    }

    @Test func impossibleBudgetIsALocatedError() throws {
        let text = """
        seams: 1
        budget: { attention: 2 }
        concerns:
          big: { load: 3 }
          small: { load: 1 }
        """
        #expect(throws: DocumentError.self) { try SpecFixtures.plan(text, file: "spec.yaml") }
        do {
            _ = try SpecFixtures.plan(text, file: "spec.yaml")
        } catch let error as DocumentError {
            #expect(error.diagnostics.map(\.location.description) == ["spec.yaml:4:3"])
            #expect(error.diagnostics.map(\.id) == ["plan.overweight"])
        }
    }

    static func sample(_ name: String) -> String {
        PackageRoot.appending("Samples").appendingPathComponent(name).path
    }
}

/// `-o` never loses a person's edits.
struct PlanFileTests {
    @Test func editedPlanIsNotOverwrittenWithoutForce() throws {
        let folder = try TemporaryFolder("planfile")
        defer { folder.remove() }
        let path = folder.appending("plan.yaml").path
        let text = try String(contentsOfFile: ArchitectTests.sample("loan-approval.yaml"), encoding: .utf8)
        let plan = try SpecFixtures.plan(text, file: "Samples/loan-approval.yaml")
        let yaml = PlanReport.document(plan, format: .yaml)
        try PlanFile.write(yaml, to: path, force: false)
        // Unedited: replaced freely (here by itself with one more line, as a new plan would be).
        try PlanFile.write(yaml, to: path, force: false)
        let edited = yaml + "# my note\n"
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: PlanFile.WriteError.self) { try PlanFile.write(yaml, to: path, force: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
        try PlanFile.write(yaml, to: path, force: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == yaml)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "plan.yaml" }
        #expect(leftovers.isEmpty)
    }
}
