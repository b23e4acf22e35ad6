import SeamsAnalyzer
import OrderedCollections
import SeamsModel

/// The plan as text: the summary (also the YAML header) and the document in YAML or JSON.
public enum PlanReport {
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json
    }

    /// The summary lines: modules, cost and optimality, verdict, workflow order, overhead.
    public static func summary(_ plan: Plan) -> [String] {
        var lines: [String] = []
        let modules = plan.document.modules.count
        if plan.isSingleAgent {
            lines.append("plan: 1 module — \(plan.verdict.reason)")
        } else {
            let fixed = plan.fixedModules.map { " (fixed by --modules \($0))" } ?? ""
            lines.append("plan: \(modules) module\(modules == 1 ? "" : "s")\(fixed), \(plan.document.interfaces.count) interface\(plan.document.interfaces.count == 1 ? "" : "s"), attention budget \(NumberText.decimal(plan.budget))")
            lines.append("verdict: \(plan.verdict.reason)")
        }
        let quality = plan.repairs != nil
            ? "repaired, not re-optimised: `seams plan` without --keep searches for the best plan"
            : plan.isOptimal
            ? "optimal"
            : "lower bound \(NumberText.decimal(plan.lowerBound)), gap \(NumberText.decimal(plan.gap * 100))%"
        lines.append("crossing weight: \(NumberText.decimal(plan.cost)) bits")
        lines.append(toolSpreadLine(plan))
        if let moves = plan.repairs {
            let pinned = plan.pinnedModules
            lines.append("repair (--keep): " + (moves.isEmpty ? "no rule was broken; no concern moved" : "\(moves.count) move\(moves.count == 1 ? "" : "s")")
                         + (pinned.isEmpty ? "" : "; pinned: \(pinned.joined(separator: ", "))"))
            for move in moves { lines.append("move: \(moveText(move))") }
            for change in plan.interfaceChanges { lines.append("interface: \(change)") }
        }
        lines.append("objective: \(NumberText.decimal(plan.objective)) bits = crossing weight + tool spread (\(quality))")
        let levels = plan.order.levels.enumerated().map { "\($0.offset + 1). \($0.element.joined(separator: ", "))" }
        lines.append("workflow: " + (levels.isEmpty ? "none" : levels.joined(separator: " | ")))
        if !plan.order.checkpoints.isEmpty { lines.append("checkpoints after: \(plan.order.checkpoints.joined(separator: ", "))") }
        if !plan.order.approvalGates.isEmpty { lines.append("approval gates: \(plan.order.approvalGates.joined(separator: ", "))") }
        if plan.allowsCycles {
            lines.append("direction: cycles allowed (--allow-cycles); the module graph may need modules run together")
        } else if !plan.isSingleAgent && plan.document.modules.count > 1 {
            lines.append("direction: the module graph is acyclic" + (plan.splitCycles.isEmpty ? "" : " except for the cycles the spec forces"))
        }
        for cycle in plan.splitCycles {
            lines.append("cycle forced by the spec (cannot share a module): " + cycle.joined(separator: " -> "))
        }
        for cycle in plan.forcedCycles where !plan.splitCycles.contains(cycle) {
            lines.append("cycle forced by the spec (kept in one module): " + cycle.joined(separator: " -> "))
        }
        if let record = plan.record, !plan.isSingleAgent {
            lines.append("modules chosen: \(record.why)")
            if record.sweep.count > 1 {
                lines.append("module counts tried: " + record.sweep.map { option in
                    let cost = option.cost.map { "\(NumberText.decimal($0)) bits, peak load \(NumberText.decimal(option.peakLoad))" } ?? "infeasible"
                    return "\(option.modules) → \(cost)\(option.isParetoOptimal ? " (Pareto)" : "")"
                }.joined(separator: "; "))
            }
            if let alternative = record.withCycles {
                let cycles = alternative.cycles.isEmpty ? "no cycle" : alternative.cycles.map { $0.joined(separator: " <-> ") }.joined(separator: "; ")
                lines.append("with cycles allowed: \(NumberText.decimal(alternative.cost)) bits (\(cycles))")
            }
            for constraint in record.binding { lines.append("binding: \(constraint)") }
        }
        if !plan.reviewers.isEmpty {
            lines.append("separation of duties: \(plan.reviewers.joined(separator: ", ")) kept apart from the authors of what they review")
        }
        if !plan.order.cycles.isEmpty {
            lines.append("cycles (run together): " + plan.order.cycles.map { $0.joined(separator: " <-> ") }.joined(separator: "; "))
        }
        let overhead = plan.overhead
        let sign = overhead.overheadTokens >= 0 ? "+" : ""
        lines.append("orchestration overhead: \(sign)\(overhead.overheadTokens) context tokens (\(overhead.planTokens) for the plan against \(overhead.singleAgentTokens) for one agent holding everything, ×\(NumberText.decimal(overhead.ratio)))")
        lines.append("token model: \(OrchestrationOverhead.modelDescription)")
        let open = plan.score.interfaces.reduce(0) { $0 + $1.openBits }
        lines.append("open decisions on the interfaces: \(NumberText.decimal(open)) bits (listed above each interface)")
        return lines
    }

    /// "review-reply from drafting to a new module reply-review: review-reply reviews the work of draft-reply".
    static func moveText(_ move: RepairMove) -> String {
        "\(move.concern) from \(move.from ?? "no module") to \(move.to): \(move.reason)"
    }

    /// "tool spread: 3 bits, 3 per extra module holding a shared tool (spreadsheet in 2 modules: a, b)":
    /// shared tools held by more than one module.
    static func toolSpreadLine(_ plan: Plan) -> String {
        let spread = plan.toolSpread.filter { $0.modules.count > 1 }
        let bits = spread.reduce(0) { $0 + $1.bits }
        if plan.toolSpread.isEmpty { return "tool spread: 0 bits (no tool is shared by two concerns)" }
        if spread.isEmpty { return "tool spread: 0 bits (each shared tool is held by one module)" }
        let list = spread.map { "\($0.tool) in \($0.modules.count) modules: \($0.modules.joined(separator: ", "))" }.joined(separator: "; ")
        return "tool spread: \(NumberText.decimal(bits)) bits, \(NumberText.decimal(SpecHypergraph.toolSpreadBits)) per extra module holding a shared tool (\(list))"
    }

    /// The decomposition document; YAML carries the summary and the open decisions as comments.
    public static func document(_ plan: Plan, format: Format) -> String {
        var comments = DocumentEmitter.Comments()
        for interface in plan.score.interfaces {
            var lines: [String] = ["\(interface.name): open \(NumberText.decimal(interface.openBits)) bits of \(NumberText.decimal(interface.weight))"]
            for decision in interface.decisions {
                let bits = (decision.isLowerBound ? "≥ " : "") + NumberText.decimal(decision.bits)
                lines.append("open: \(decision.id) \(decision.subject) (\(bits) bits) at \(decision.location) — \(decision.fix)")
            }
            comments.interfaces[interface.name] = lines
        }
        var rationale: [String: DecisionRecord.ModuleRationale] = [:]
        for entry in plan.record?.modules ?? [] { rationale[entry.module] = entry }
        for module in plan.score.modules {
            var lines = ["load \(NumberText.decimal(module.load)) of \(NumberText.decimal(module.budget)); advice: \(module.mergeWith.map { "merge with \($0)" } ?? module.advice.rawValue)"]
            if let entry = rationale[module.id], !plan.isSingleAgent {
                lines.append("why: \(entry.why)")
                if let merge = entry.rejectedMerge { lines.append("rejected merge: \(merge)") }
                if let split = entry.rejectedSplit { lines.append("rejected split: \(split)") }
            }
            comments.modules[module.id] = lines
        }
        var tree = DocumentEmitter.tree(plan.document, comments: comments)
        switch format {
        case .json:
            if case .map(var entries) = tree {
                entries.append(DocumentEntry("plan", summaryNode(plan)))
                tree = .map(entries)
            }
            return JSONWriter.render(tree)
        case .yaml:
            let body = summary(plan).map { "# \($0)\n" }.joined() + YAMLWriter.render(tree)
            return PlanFile.stamped(body)
        }
    }

    /// The plan's facts for programs: workflow, verdict, cost, optimality and the decision record.
    /// It sits under the top-level `plan` key, which the loader accepts and ignores.
    static func summaryNode(_ plan: Plan) -> DocumentNode {
        var entries: [DocumentEntry] = [
            DocumentEntry("modules", .number(Double(plan.document.modules.count))),
            DocumentEntry("budget", .number(plan.budget)),
            DocumentEntry("crossingWeight", .number(rounded(plan.cost))),
            DocumentEntry("toolSpread", .list(plan.toolSpread.map { spread in
                .map([DocumentEntry("tool", .string(spread.tool)), DocumentEntry("modules", .list(spread.modules.map(DocumentNode.string))),
                      DocumentEntry("bits", .number(rounded(spread.bits)))])
            })),
            DocumentEntry("objective", .number(rounded(plan.objective))),
            DocumentEntry("optimal", .bool(plan.isOptimal)),
            DocumentEntry("lowerBound", .number(rounded(plan.lowerBound))),
            DocumentEntry("verdict", .map([
                DocumentEntry("orchestrate", .bool(!plan.isSingleAgent)),
                DocumentEntry("reason", .string(plan.verdict.reason)),
                DocumentEntry("signals", .list(plan.verdict.signals.map { .string($0.rawValue) })),
            ])),
            DocumentEntry("workflow", .list(plan.order.levels.map { .list($0.map(DocumentNode.string)) })),
            DocumentEntry("approvalGates", .list(plan.order.approvalGates.map(DocumentNode.string))),
            DocumentEntry("checkpoints", .list(plan.order.checkpoints.map(DocumentNode.string))),
            DocumentEntry("acyclic", .bool(plan.order.cycles.isEmpty)),
            DocumentEntry("cycles", .list(plan.order.cycles.map { .list($0.map(DocumentNode.string)) })),
            DocumentEntry("forcedCycles", .list(plan.forcedCycles.map { .list($0.map(DocumentNode.string)) })),
            DocumentEntry("reviewers", .list(plan.reviewers.map(DocumentNode.string))),
        ]
        if let moves = plan.repairs {
            entries.append(DocumentEntry("repair", .map([
                DocumentEntry("moves", .list(moves.map { move in
                    .map([DocumentEntry("concern", .string(move.concern)), DocumentEntry("from", move.from.map(DocumentNode.string) ?? .string("")),
                          DocumentEntry("to", .string(move.to)), DocumentEntry("reason", .string(move.reason))])
                })),
                DocumentEntry("interfaces", .list(plan.interfaceChanges.map(DocumentNode.string))),
                DocumentEntry("pinned", .list(plan.pinnedModules.map(DocumentNode.string))),
            ])))
        }
        if let record = plan.record {
            var recordEntries = [
                DocumentEntry("chosenModules", .number(Double(record.chosenModules))),
                DocumentEntry("why", .string(record.why)),
                DocumentEntry("rule", .string(record.rule)),
                DocumentEntry("sweep", .list(record.sweep.map { option in
                    .map([DocumentEntry("modules", .number(Double(option.modules))),
                          DocumentEntry("objective", option.cost.map { .number(rounded($0)) } ?? .string("infeasible")),
                          DocumentEntry("peakLoad", .number(rounded(option.peakLoad))),
                          DocumentEntry("pareto", .bool(option.isParetoOptimal))])
                })),
                DocumentEntry("binding", .list(record.binding.map(DocumentNode.string))),
                DocumentEntry("moduleRationale", .list(record.modules.map { entry in
                    var fields = [DocumentEntry("module", .string(entry.module)), DocumentEntry("why", .string(entry.why))]
                    if let merge = entry.rejectedMerge { fields.append(DocumentEntry("rejectedMerge", .string(merge))) }
                    if let split = entry.rejectedSplit { fields.append(DocumentEntry("rejectedSplit", .string(split))) }
                    return .map(fields)
                })),
            ]
            if let alternative = record.withCycles {
                recordEntries.append(DocumentEntry("withCyclesAllowed", .map([
                    DocumentEntry("objective", .number(rounded(alternative.cost))),
                    DocumentEntry("cycles", .list(alternative.cycles.map { .list($0.map(DocumentNode.string)) })),
                ])))
            }
            entries.append(DocumentEntry("record", .map(recordEntries)))
        }
        return .map(entries)
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// The decision record as a Markdown architecture decision record (`seams plan --record FILE`).
    public static func record(_ plan: Plan, source: String) -> String {
        var lines = ["# Decision record: \(plan.document.name ?? source)", "",
                     "Planned by `seams plan \(source)`. Attention budget \(NumberText.decimal(plan.budget)).", "",
                     "## Decision", ""]
        let record = plan.record
        lines.append("\(plan.document.modules.count) module\(plan.document.modules.count == 1 ? "" : "s"), crossing weight \(NumberText.decimal(plan.cost)) bits, objective \(NumberText.decimal(plan.objective)) bits (\(plan.isOptimal ? "optimal" : "lower bound \(NumberText.decimal(plan.lowerBound))")).")
        lines.append("")
        let spread = toolSpreadLine(plan)
        lines.append(spread.prefix(1).uppercased() + spread.dropFirst() + ".")
        if let record { lines.append(""); lines.append("Why this count: \(record.why).") }
        lines.append("")
        lines.append(plan.allowsCycles ? "Cycles were allowed (`--allow-cycles`)." :
                     "The module graph is acyclic: an orchestrator runs the modules in order, and no module works on both sides of a human gate.")
        for cycle in plan.splitCycles { lines.append("- cycle forced by the spec: \(cycle.joined(separator: " -> "))") }
        if !plan.reviewers.isEmpty { lines.append(""); lines.append("Separation of duties: \(plan.reviewers.joined(separator: ", ")) sit apart from the authors of what they review.") }
        if let moves = plan.repairs {
            lines += ["", "## Repair (`--keep`)", ""]
            let pinned = plan.pinnedModules
            lines.append("The edited plan's modules were kept" + (pinned.isEmpty ? "" : ", and the pinned ones (\(pinned.joined(separator: ", "))) not changed") + ".")
            lines.append("")
            lines += moves.isEmpty ? ["No rule was broken; no concern moved."] : moves.map { "- move: \(moveText($0))" }
            lines += plan.interfaceChanges.map { "- interface: \($0)" }
        }
        if let record {
            lines += ["", "## Alternatives considered", ""]
            if record.sweep.count > 1 {
                lines += ["| modules | objective (bits) | peak load | Pareto | chosen |", "|---:|---:|---:|:---:|:---:|"]
                for option in record.sweep {
                    let cost = option.cost.map { NumberText.decimal($0) } ?? "infeasible"
                    let peak = option.cost == nil ? "–" : NumberText.decimal(option.peakLoad)
                    lines.append("| \(option.modules) | \(cost) | \(peak) | \(option.isParetoOptimal ? "yes" : "") | \(option.modules == record.chosenModules ? "yes" : "") |")
                }
                lines += ["", "Rule: \(record.rule)."]
            }
            if let alternative = record.withCycles {
                let cycles = alternative.cycles.isEmpty ? "and no cycle" : "with cycles " + alternative.cycles.map { $0.joined(separator: " <-> ") }.joined(separator: "; ")
                lines += ["", "Best plan found with cycles allowed: \(NumberText.decimal(alternative.cost)) bits, \(cycles)."]
            }
            lines += ["", "## Binding constraints", ""]
            lines += record.binding.isEmpty ? ["None: the cheapest plan found meets every rule unforced."] : record.binding.map { "- \($0)" }
            lines += ["", "## Modules", ""]
            for entry in record.modules {
                let concerns = plan.document.modules[entry.module]?.concerns.map(\.value).joined(separator: ", ") ?? ""
                lines.append("### \(entry.module)")
                lines.append("")
                lines.append("Concerns: \(concerns). Why: \(entry.why).")
                if let merge = entry.rejectedMerge { lines.append("- rejected merge: \(merge)") }
                if let split = entry.rejectedSplit { lines.append("- rejected split: \(split)") }
                lines.append("")
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
