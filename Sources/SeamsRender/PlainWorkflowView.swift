public import SeamsAnalyzer
public import SeamsModel
import SeamsReports

/// `WorkflowView` in plain text (`DiagramMarkup.plain`): each parallel level is a `rank=same` row
/// (an anonymous subgraph, not a cluster) headed by a "level N" node, the levels' heads chained
/// top to bottom by invisible edges.
public enum PlainWorkflowView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize) -> DOTGraph {
        let order = WorkflowOrder.compute(document: document, score: score)
        let names = NodeNames(score.modules.map(\.id), prefix: "m")
        var modules: [String: ModuleScore] = [:]
        for module in score.modules { modules[module.id] = module }
        let checkpoints = Set(order.checkpoints)
        let gates = Set(order.approvalGates)
        let cyclic = Set(order.cycles.flatMap { $0 })

        var graph = DOTGraph()
        graph.graph = PlainStyle.graphAttributes(name: DiagramNames.title(document, score), score: score, view: "Workflow", rankdir: "TB", size: size)
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        if size == .large {
            graph.body += summary(order: order, score: score)
            graph.body.append(legend())
            return graph
        }
        var checkpointNumber = 0
        var links: [DOTStatement] = []
        for (number, level) in order.levels.enumerated() {
            let head = DOTName("level", number)
            graph.body.append(.node(head, [
                PlainStyle.label(["level \(number + 1)"] + (level.count > 1 ? ["\(level.count) in parallel"] : [])),
                DOTAttribute("shape", "plaintext"), DOTAttribute("style", ""), DOTAttribute("fontsize", "9"),
                DOTAttribute("fontcolor", DiagramStyle.ink),
            ]))
            if number > 0 { links.append(.edge(DOTName("level", number - 1), head, [DOTAttribute("style", "invis")])) }
            var row = [head]
            for id in level {
                guard let module = modules[id], let name = names[id] else { continue }
                var lines = [id]
                var attributes: [DOTAttribute] = [DOTAttribute("tooltip", "\(id): \(module.reason)")]
                if gates.contains(id) {
                    lines.append("APPROVAL GATE")
                    attributes += [DOTAttribute("shape", "hexagon"), DOTAttribute("style", "filled"), DOTAttribute("fillcolor", DiagramStyle.humanGateFill)]
                }
                if module.hasIrreversibleEffect {
                    lines.append("IRREVERSIBLE")
                    attributes += [DOTAttribute("color", DiagramStyle.irreversibleInk), DOTAttribute("peripheries", "2")]
                }
                if cyclic.contains(id) { lines.append("in a cycle") }
                graph.body.append(.node(name, [PlainStyle.label(lines)] + attributes))
                row.append(name)
                if checkpoints.contains(id) {
                    let checkpoint = DOTName("k", checkpointNumber)
                    checkpointNumber += 1
                    graph.body.append(.node(checkpoint, [
                        PlainStyle.label(["checkpoint"]), DOTAttribute("fontsize", "8"),
                        DOTAttribute("shape", "cylinder"), DOTAttribute("style", "filled"),
                        DOTAttribute("fillcolor", DiagramStyle.checkpointFill), DOTAttribute("height", "0.3"),
                        DOTAttribute("tooltip", "state saved after \(id)"),
                    ]))
                    links.append(.edge(name, checkpoint, [DOTAttribute("style", "dashed"), DOTAttribute("color", DiagramStyle.muted), DOTAttribute("arrowhead", "none")]))
                }
            }
            graph.body.append(.sameRank(row))
        }
        graph.body += links
        for interface in score.interfaces {
            guard let from = names[interface.from], let to = names[interface.to] else { continue }
            let band = BitsScale.band(interface.openBits, lowerBound: interface.isLowerBound)
            let bits = DiagramStyle.bitsText(interface.openBits, lowerBound: interface.isLowerBound)
            var attributes: [DOTAttribute] = [
                DOTAttribute("color", band.colour),
                DOTAttribute("tooltip", "\(interface.from) -> \(interface.to): \(bits) open"),
            ]
            if size == .detailed { attributes.insert(contentsOf: [PlainStyle.label([bits]), DOTAttribute("fontcolor", band.colour)], at: 0) }
            if !interface.isWritten { attributes.append(DOTAttribute("style", "dashed")) }
            graph.body.append(.edge(from, to, attributes))
        }
        graph.body.append(legend())
        return graph
    }

    static func legend() -> DOTStatement {
        PlainStyle.legend(PlainStyle.bandLines(subject: "interface") + [
            "level N, one row: its modules run in parallel",
            "dashed arrow: interface implied by concerns, not written",
            "checkpoint, grey cylinder: state saved after a module with an effect",
            "APPROVAL GATE, blue hexagon: waits for a person's approval",
            "IRREVERSIBLE, red double border: an effect that cannot be undone",
        ])
    }

    /// The large form of `WorkflowView.summary` in plain text: one node per level listing its
    /// first modules, one arrow per pair of levels.
    static func summary(order: WorkflowOrder, score: DocumentScore) -> [DOTStatement] {
        let gates = Set(order.approvalGates), checkpoints = Set(order.checkpoints)
        var statements: [DOTStatement] = []
        for (number, level) in order.levels.enumerated() {
            var lines = ["level \(number + 1) · \(DiagramStyle.count(level.count, "module"))"]
            for id in level.prefix(WorkflowView.shownPerLevel) {
                lines.append(id + (gates.contains(id) ? " · APPROVAL GATE" : "") + (checkpoints.contains(id) ? " · checkpoint" : ""))
            }
            if level.count > WorkflowView.shownPerLevel { lines.append("… and \(level.count - WorkflowView.shownPerLevel) more") }
            statements.append(.node(DOTName("l", number), [
                DOTAttribute("label", .plain(.leftJustified(lines))),
                DOTAttribute("fillcolor", number % 2 == 0 ? "#f7f7f7" : "#ffffff"),
                DOTAttribute("style", "rounded,filled"),
            ]))
        }
        for link in LevelLink.links(order: order, score: score) {
            statements.append(.edge(DOTName("l", link.from), DOTName("l", link.to), [
                PlainStyle.label([link.text]), DOTAttribute("fontcolor", link.band.colour),
                DOTAttribute("color", link.band.colour),
                DOTAttribute("tooltip", link.tooltip),
            ]))
        }
        return statements
    }
}
