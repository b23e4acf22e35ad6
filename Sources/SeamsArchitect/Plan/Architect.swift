public import SeamsModel
public import SeamsAnalyzer
import OrderedCollections

/// Turns a spec into a plan: decides whether to orchestrate at all, partitions the concerns into
/// modules, drafts a brief per module and an interface per cut, and scores the result.
public enum Architect {
    /// What the caller may fix; nil values come from the spec, then the project file, then defaults.
    public struct Options: Sendable {
        public var budget: Double?
        public var modules: Int?
        /// Lets the module graph have cycles (the plain objective, without direction).
        public var allowCycles: Bool

        public init(budget: Double? = nil, modules: Int? = nil, allowCycles: Bool = false) {
            self.budget = budget
            self.modules = modules
            self.allowCycles = allowCycles
        }
    }

    public static func plan(spec: Document, analyzer: Analyzer, options: Options = Options()) throws(DocumentError) -> Plan {
        var spec = spec
        let start = SourceLocation(file: spec.file, line: 1, column: 1)
        guard !spec.concerns.isEmpty else {
            throw DocumentError([Diagnostic(id: "plan.empty", location: start, message: "the spec has no concerns to plan",
                                            fix: "list the units of work under `concerns:`")])
        }
        // A document that already has modules is planned again from its concerns.
        spec.modules = [:]
        spec.interfaces = []
        spec.hasModules = false
        if let budget = options.budget { spec.attentionBudget = budget }
        let specScore = analyzer.score(spec)
        let budget = specScore.policy.attention
        let fixed = options.modules ?? spec.moduleCount
        let verdict = specScore.verdict

        let graph = SpecHypergraph(document: spec, score: specScore, budget: budget, modules: fixed, directed: !options.allowCycles)
        let concerns = Array(spec.concerns.values)
        var blockOf: [Int]
        var cost = 0.0
        var lowerBound = 0.0
        var optimal = true
        var forcedCycles: [[String]] = []
        var splitCycles: [[String]] = []
        let single = fixed == nil && verdict.totalLoad <= budget && verdict.signals.count < 2
        if single || fixed == 1 && graph.problem.hypergraph.totalWeight <= budget && graph.problem.constraints.alone.isEmpty
            && graph.problem.constraints.apart.isEmpty {
            blockOf = [Int](repeating: 0, count: concerns.count)
        } else {
            do {
                let result = try MultilevelPartitioner.partition(graph.problem)
                blockOf = result.blockOf
                cost = result.cost
                lowerBound = result.lowerBound
                optimal = result.isOptimal
                forcedCycles = result.forcedCycles.map { $0.map { graph.concernIDs[$0] } }
                splitCycles = result.splitCycles.map { $0.map { graph.concernIDs[$0] } }
            } catch {
                throw DocumentError(graph.diagnostics(for: error, document: spec))
            }
        }

        var plan = spec
        plan.hasModules = true
        plan.attentionBudget = budget
        let drafted = ModuleDrafter(spec: spec, blockOf: blockOf, singleAgent: single || blockOf.allSatisfy { $0 == 0 })
        plan.modules = drafted.modules
        plan.interfaces = drafted.interfaces
        let planScore = analyzer.score(plan)
        let order = WorkflowOrder.compute(document: plan, score: planScore)
        // The analyzer's figure is the one `seams score` will print; the partitioner's equals it up to
        // the order of floating-point sums.
        cost = planScore.totals.crossingWeight
        if single || drafted.modules.count == 1 { optimal = true }
        lowerBound = optimal ? cost : min(lowerBound, cost)

        var weightOf: [String: Double] = [:]
        for artifact in specScore.artifacts { weightOf[artifact.id] = artifact.weight }
        let touched = drafted.artifactsByModule.map { $0.map { weightOf[$0] ?? 0 } }
        let allTouched = Set(concerns.flatMap { ($0.reads + $0.writes).map(\.value) }).sorted().map { weightOf[$0] ?? 0 }
        let overhead = OrchestrationOverhead(moduleLoads: drafted.loads, moduleArtifacts: touched, allArtifacts: allTouched,
                                             interfaces: plan.interfaces.count)
        return Plan(document: plan, score: planScore, order: order, verdict: verdict, budget: budget, cost: cost,
                    lowerBound: lowerBound, isOptimal: optimal, isSingleAgent: single, fixedModules: fixed, overhead: overhead,
                    allowsCycles: options.allowCycles, forcedCycles: forcedCycles, splitCycles: splitCycles,
                    reviewers: graph.reviewers.map { graph.concernIDs[$0] })
    }
}
