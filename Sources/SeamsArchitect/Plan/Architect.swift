public import SeamsModel
public import SeamsAnalyzer
import OrderedCollections
import SeamsPartitioning

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

    /// Search nodes for each alternative explored only for the decision record (other module
    /// counts, the plan with cycles allowed): their costs are the heuristic's, which the exact
    /// search rarely improves on specs of this size; the chosen plan gets the full search.
    static let alternativeNodeBudget = 20_000
    /// Specs with more concerns are not swept over module counts (each count is a full partitioning run).
    static let sweepConcernLimit = 40

    public static func plan(spec: Document, analyzer: Analyzer, options: Options = Options()) throws(DocumentError) -> Plan {
        var spec = spec
        let start = SourceLocation(file: spec.file, line: 1, column: 1)
        guard !spec.concerns.isEmpty else {
            throw DocumentError([Diagnostic(id: "plan.empty", location: start, message: "the spec has no concerns to plan",
                                            fix: "list the units of work under `concerns:`")])
        }
        // A document that already has modules is planned again from its concerns.
        spec = spec.concernsOnly(budget: options.budget)
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
        var sweep: [DecisionRecord.CountOption] = []
        var withCycles: DecisionRecord.CycleAlternative?
        let single = fixed == nil && verdict.totalLoad <= budget && verdict.signals.count < 2
        if single || fixed == 1 && graph.problem.hypergraph.totalWeight <= budget && graph.problem.constraints.alone.isEmpty
            && graph.problem.constraints.apart.isEmpty {
            blockOf = [Int](repeating: 0, count: concerns.count)
        } else {
            do {
                var result = try MultilevelPartitioner.partition(graph.problem)
                if fixed == nil && concerns.count <= sweepConcernLimit {
                    // k on the objective: other module counts near the one found, chosen by a stated rule.
                    let explored = exploreCounts(graph: graph, found: result, budget: budget)
                    sweep = explored.sweep
                    if explored.chosen.cost < result.cost - 0.005 || explored.chosen.blockCount != result.blockCount {
                        let bound = result.lowerBound
                        result = explored.chosen
                        result.lowerBound = min(bound, result.cost)
                        result.isOptimal = result.cost <= bound + PartitionResult.tolerance
                    }
                }
                if !options.allowCycles && graph.problem.constraints.isDirected {
                    withCycles = cycleAlternative(document: spec, score: specScore, graph: graph, budget: budget, modules: fixed)
                }
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
        var weightOf: [String: Double] = [:]
        for artifact in specScore.artifacts { weightOf[artifact.id] = artifact.weight }
        let drafted = ModuleDrafter(spec: spec, blockOf: blockOf, singleAgent: single || blockOf.allSatisfy { $0 == 0 }, weightOf: weightOf)
        plan.modules = drafted.modules
        plan.interfaces = drafted.interfaces
        let planScore = analyzer.score(plan)
        let order = WorkflowOrder.compute(document: plan, score: planScore)
        // The analyzer's figure is the one `seams score` will print; the partitioner's equals it up to
        // the order of floating-point sums.
        cost = planScore.totals.crossingWeight
        let spread = toolSpread(graph: graph, blockOf: blockOf, ids: Array(drafted.modules.keys))
        let objective = cost + spread.reduce(0) { $0 + $1.bits }
        if single || drafted.modules.count == 1 { optimal = true }
        lowerBound = optimal ? objective : min(lowerBound, objective)

        let overhead = drafted.overhead(concerns: concerns, weightOf: weightOf, interfaces: plan.interfaces.count)
        let rationale = DecisionRecord.rationale(concerns: concerns, blockOf: blockOf, moduleIDs: Array(drafted.modules.keys),
                                                 weightOf: weightOf, graph: graph, budget: budget)
        let record = makeRecord(single: single, fixed: fixed, modules: drafted.modules.count, cost: objective, sweep: sweep,
                                withCycles: withCycles, rationale: rationale, loads: drafted.loads, ids: Array(drafted.modules.keys), budget: budget)
        return Plan(document: plan, score: planScore, order: order, verdict: verdict, budget: budget, cost: cost,
                    toolSpread: spread, lowerBound: lowerBound, isOptimal: optimal, isSingleAgent: single, fixedModules: fixed, overhead: overhead,
                    allowsCycles: options.allowCycles, forcedCycles: forcedCycles, splitCycles: splitCycles,
                    reviewers: graph.reviewers.map { graph.concernIDs[$0] }, record: record)
    }

    /// Each tool the graph shares (held by two or more concerns) with the modules holding it.
    static func toolSpread(graph: SpecHypergraph, blockOf: [Int], ids: [String]) -> [ToolSpread] {
        graph.sharedTools.map { tool in
            let blocks = Set((graph.toolHolders[tool] ?? []).map { blockOf[$0] })
            return ToolSpread(tool: tool, modules: blocks.sorted().map { ids[$0] })
        }
    }

    // MARK: decision record

    static func peakLoad(_ blockOf: [Int], _ graph: SpecHypergraph) -> Double {
        var load = [Double](repeating: 0, count: (blockOf.max() ?? -1) + 1)
        for (vertex, block) in blockOf.enumerated() { load[block] += graph.problem.hypergraph.vertexWeights[vertex] }
        return load.max() ?? 0
    }

    /// Plans with two fewer to two more modules than the one found; returns every count tried and
    /// the plan the rule picks (the one found, unless another count is cheaper or ties with more headroom).
    static func exploreCounts(graph: SpecHypergraph, found: PartitionResult, budget: Double)
        -> (sweep: [DecisionRecord.CountOption], chosen: PartitionResult) {
        let count = graph.concernIDs.count
        let total = graph.problem.hypergraph.totalWeight
        let minimum = max(graph.problem.constraints.alone.count + 1, Int((total / budget - 1e-9).rounded(.up)), 1)
        var results = [found]
        var sweep = [DecisionRecord.CountOption(modules: found.blockCount, cost: found.cost, peakLoad: peakLoad(found.blockOf, graph), isParetoOptimal: false)]
        let low = max(minimum, found.blockCount - 2)
        let high = min(count, found.blockCount + 2)
        if low <= high {
            for modules in low...high where modules != found.blockCount {
                var problem = graph.problem
                problem.blockCount = modules
                problem.exactNodeBudget = alternativeNodeBudget
                if let other = try? MultilevelPartitioner.partition(problem) {
                    results.append(other)
                    sweep.append(.init(modules: modules, cost: other.cost, peakLoad: peakLoad(other.blockOf, graph), isParetoOptimal: false))
                } else {
                    sweep.append(.init(modules: modules, cost: nil, peakLoad: 0, isParetoOptimal: false))
                }
            }
        }
        let feasible = results.map { (modules: $0.blockCount, cost: $0.cost, peak: peakLoad($0.blockOf, graph)) }
        let chosen = DecisionRecord.choose(feasible).map { results[$0] } ?? found
        return (DecisionRecord.pareto(sweep.sorted { $0.modules < $1.modules }), chosen)
    }

    /// The best plan without the direction rule, and the cycles its module graph has.
    static func cycleAlternative(document: Document, score: DocumentScore, graph: SpecHypergraph, budget: Double, modules: Int?)
        -> DecisionRecord.CycleAlternative? {
        var problem = SpecHypergraph(document: document, score: score, budget: budget, modules: modules, directed: false).problem
        problem.exactNodeBudget = alternativeNodeBudget
        guard let other = try? MultilevelPartitioner.partition(problem) else { return nil }
        let edges = graph.problem.constraints.precedence.compactMap { pair -> (Int, Int)? in
            let (a, b) = (other.blockOf[pair[0]], other.blockOf[pair[1]])
            return a == b ? nil : (a, b)
        }
        let component = StrongComponents.of(vertexCount: other.blockCount, edges: edges)
        var blocksOf: [Int: [Int]] = [:]
        for block in 0..<other.blockCount { blocksOf[component[block], default: []].append(block) }
        var cycles: [[String]] = []
        for key in blocksOf.keys.sorted() {
            guard let blocks = blocksOf[key], blocks.count > 1 else { continue }
            cycles.append(blocks.map { block in
                "[" + graph.concernIDs.indices.filter { other.blockOf[$0] == block }.map { graph.concernIDs[$0] }.joined(separator: ", ") + "]"
            })
        }
        return DecisionRecord.CycleAlternative(cost: other.cost, cycles: cycles)
    }

    static func makeRecord(single: Bool, fixed: Int?, modules: Int, cost: Double, sweep: [DecisionRecord.CountOption],
                           withCycles: DecisionRecord.CycleAlternative?, rationale: [DecisionRecord.ModuleRationale],
                           loads: [Double], ids: [String], budget: Double) -> DecisionRecord {
        let why: String
        if single {
            why = "one module: the task fits one attention budget and fewer than two orchestration signals hold"
        } else if let fixed {
            why = "\(fixed) modules, fixed by --modules or budget.modules"
        } else {
            let others = sweep.filter { $0.modules != modules }
            let tried = others.map(\.modules).map(String.init).joined(separator: ", ")
            let ties = others.filter { ($0.cost ?? .infinity) <= cost + 0.005 }.map(\.modules).map(String.init)
            if others.isEmpty {
                why = "\(modules) modules: the least objective found; other counts were not tried (more than \(sweepConcernLimit) concerns)"
            } else if ties.isEmpty {
                why = "\(modules) modules: the least objective of the counts tried (also \(tried))"
            } else {
                why = "\(modules) modules: ties on the objective with \(ties.joined(separator: ", ")) modules and has the lowest peak load, then the fewest modules"
            }
        }
        var binding: [String] = []
        if let withCycles, withCycles.cost < cost - 0.005 {
            let share = withCycles.cost > 0 ? " (+\(NumberText.decimal((cost - withCycles.cost) / withCycles.cost * 100))%)" : ""
            binding.append("acyclic module graph: +\(NumberText.decimal(cost - withCycles.cost)) bits\(share) over the best plan with cycles allowed")
        }
        let full = ids.indices.filter { loads[$0] >= budget - 1e-9 }.map { ids[$0] }
        if !full.isEmpty && !single { binding.append("attention budget \(NumberText.decimal(budget)): \(full.count) of \(ids.count) modules at full load (\(full.joined(separator: ", ")))") }
        var seen = Set<String>()
        for entry in rationale {
            guard let obstacle = entry.mergeObstacle, !obstacle.hasPrefix("no constraint"), !obstacle.hasPrefix("load "), seen.insert(obstacle).inserted else { continue }
            binding.append(obstacle)
        }
        return DecisionRecord(chosenModules: modules, rule: DecisionRecord.rule, why: why, sweep: sweep, withCycles: withCycles,
                              binding: binding, modules: rationale)
    }
}
