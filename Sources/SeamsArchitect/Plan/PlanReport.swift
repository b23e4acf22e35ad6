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
        let quality = plan.isOptimal
            ? "optimal"
            : "lower bound \(NumberText.decimal(plan.lowerBound)), gap \(NumberText.decimal(plan.gap * 100))%"
        lines.append("crossing weight: \(NumberText.decimal(plan.cost)) bits (\(quality))")
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
        for module in plan.score.modules {
            comments.modules[module.id] = ["load \(NumberText.decimal(module.load)) of \(NumberText.decimal(module.budget)); advice: \(module.advice.rawValue)"]
        }
        let tree = DocumentEmitter.tree(plan.document, comments: comments)
        switch format {
        case .json:
            return JSONWriter.render(tree)
        case .yaml:
            let body = summary(plan).map { "# \($0)\n" }.joined() + YAMLWriter.render(tree)
            return PlanFile.stamped(body)
        }
    }
}
