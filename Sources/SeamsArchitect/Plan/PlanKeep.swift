public import SeamsModel
public import SeamsAnalyzer
import OrderedCollections
import SeamsPartitioning

extension Architect {
    /// Repair, not replan (`seams plan EDITED --keep`): keeps the edited plan's modules, never
    /// changes a pinned one, moves the fewest concerns that make every rule hold again
    /// (`PlanRepair`), keeps the briefs of modules whose concerns did not change, and rewrites the
    /// written interfaces that went stale (keeping their `on-error`, `done`, `delivery`, `about`).
    public static func keep(plan edited: Document, analyzer: Analyzer, options: Options = Options()) throws(DocumentError) -> Plan {
        let start = SourceLocation(file: edited.file, line: 1, column: 1)
        guard edited.hasModules, !edited.modules.isEmpty else {
            throw DocumentError([Diagnostic(id: "plan.keep", location: start,
                                            message: "--keep repairs a plan, but this document has no modules",
                                            fix: "run `seams plan` without --keep to plan the spec, then edit the plan it writes")])
        }
        guard !edited.concerns.isEmpty else {
            throw DocumentError([Diagnostic(id: "plan.keep", location: start,
                                            message: "--keep repairs a plan of concerns, but this document has none",
                                            fix: "list the units of work under `concerns:` and which module holds each")])
        }
        let spec = edited.concernsOnly(budget: options.budget)
        let specScore = analyzer.score(spec)
        let budget = specScore.policy.attention
        let graph = SpecHypergraph(document: spec, score: specScore, budget: budget, modules: nil, directed: !options.allowCycles)
        let concerns = Array(spec.concerns.values)
        var index: [String: Int] = [:]
        for (position, concern) in concerns.enumerated() { index[concern.id] = position }
        var blockOf = [Int](repeating: -1, count: concerns.count)
        let original = Array(edited.modules.values)
        for (block, module) in original.enumerated() {
            for concern in module.concerns { if let vertex = index[concern.value], blockOf[vertex] < 0 { blockOf[vertex] = block } }
        }
        let repair = PlanRepair(concerns: concerns, graph: graph)
        let repaired: PlanRepair.Outcome
        do throws(PlanRepair.Failure) {
            repaired = try repair.run(blockOf: blockOf, names: original.map(\.id), pinned: original.map(\.isPinned))
        } catch {
            switch error {
            case .pinned(let module, let reason):
                let location = edited.modules[module]?.pinned?.location ?? edited.modules[module]?.location ?? start
                throw DocumentError([Diagnostic(id: "plan.keep", location: location,
                                                message: "pinned module '\(module)' breaks a rule of the architect: \(reason)",
                                                fix: "unpin it (remove `pinned: true`), or move the concern out of it by hand")])
            case .stuck(let reason):
                throw DocumentError([Diagnostic(id: "plan.keep", location: start,
                                                message: "the edited plan cannot be repaired around its pinned modules: \(reason)",
                                                fix: "unpin a module, or run `seams plan` without --keep")])
            }
        }
        // Blocks left empty by the moves are dropped; the others are renumbered in order.
        var used = [Bool](repeating: false, count: repaired.names.count)
        for block in repaired.blockOf { used[block] = true }
        var renumber = [Int](repeating: -1, count: used.count)
        var names: [String] = []
        for block in used.indices where used[block] {
            renumber[block] = names.count
            names.append(repaired.names[block])
        }
        let finalBlocks = repaired.blockOf.map { renumber[$0] }
        var weightOf: [String: Double] = [:]
        for artifact in specScore.artifacts { weightOf[artifact.id] = artifact.weight }
        let drafted = ModuleDrafter(spec: spec, blockOf: finalBlocks, singleAgent: false, weightOf: weightOf, names: names)
        let ids = Array(drafted.modules.keys)
        var modules = drafted.modules
        // A module whose concerns did not change keeps its edited brief and its pin.
        for module in original {
            guard let kept = modules[module.id] else { continue }
            if Set(kept.concerns.map(\.value)) == Set(module.concerns.map(\.value)) {
                var restored = module
                restored.concerns = kept.concerns
                modules[module.id] = restored
            } else if module.isPinned {
                modules[module.id]?.pinned = module.pinned
            }
        }
        let moves = repaired.moves.map { move in
            RepairMove(concern: concerns[move.vertex].id, from: move.from.map { repaired.names[$0] },
                       to: ids[renumber[move.to]], reason: move.reason)
        }
        var plan = spec
        plan.hasModules = true
        plan.attentionBudget = budget
        plan.modules = modules
        let (interfaces, changes) = rewriteInterfaces(drafted: drafted.interfaces, written: edited.interfaces, modules: Set(ids))
        plan.interfaces = interfaces
        let planScore = analyzer.score(plan)
        let order = WorkflowOrder.compute(document: plan, score: planScore)
        let cost = planScore.totals.crossingWeight
        let spread = toolSpread(graph: graph, blockOf: finalBlocks, ids: ids)
        let objective = cost + spread.reduce(0) { $0 + $1.bits }
        let overhead = drafted.overhead(concerns: concerns, weightOf: weightOf, interfaces: plan.interfaces.count)
        var result = Plan(document: plan, score: planScore, order: order, verdict: specScore.verdict, budget: budget, cost: cost,
                          toolSpread: spread, lowerBound: objective, isOptimal: false, isSingleAgent: false, fixedModules: nil,
                          overhead: overhead, allowsCycles: options.allowCycles,
                          reviewers: graph.reviewers.map { graph.concernIDs[$0] }, record: nil)
        result.repairs = moves
        result.interfaceChanges = changes
        return result
    }

    /// The drafted interfaces, each keeping what a person wrote on the interface it replaces (same
    /// producer and consumer: its payload, its clauses, its place in the file) with the drafted
    /// `carries`, and the changes in words.
    static func rewriteInterfaces(drafted: [Interface], written: [Interface], modules: Set<String>) -> ([Interface], [String]) {
        var byKey: [String: Interface] = [:]
        for interface in written where byKey["\(interface.from.value)->\(interface.to.value)"] == nil {
            byKey["\(interface.from.value)->\(interface.to.value)"] = interface
        }
        var changes: [String] = []
        var result: [Interface] = []
        var seen = Set<String>()
        for interface in drafted {
            let key = "\(interface.from.value)->\(interface.to.value)"
            seen.insert(key)
            let carries = interface.carries.map(\.value)
            guard var kept = byKey[key] else {
                changes.append("added \(key): carries \(carries.joined(separator: ", "))")
                result.append(interface)
                continue
            }
            let before = kept.carries.map(\.value)
            if Set(before) != Set(carries) {
                changes.append("rewrote \(key): carries \(carries.joined(separator: ", ")) (was \(before.isEmpty ? "nothing" : before.joined(separator: ", ")))")
            }
            kept.carries = interface.carries
            result.append(kept)
        }
        for interface in written {
            let key = "\(interface.from.value)->\(interface.to.value)"
            guard !seen.contains(key) else { continue }
            seen.insert(key)
            let gone = !modules.contains(interface.from.value) || !modules.contains(interface.to.value)
            changes.append("removed \(key): " + (gone ? "a module it joined no longer exists" : "no artifact crosses from \(interface.from.value) to \(interface.to.value)"))
        }
        return (result, changes)
    }
}
