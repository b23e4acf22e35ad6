public import SeamsAnalyzer
public import SeamsModel
import SeamsReports

/// The plan's order from top to bottom: one box per parallel level, a checkpoint after every
/// module that changes the world, approval gates marked, interfaces as coloured arrows.
public enum WorkflowView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize) -> DOTGraph {
        let order = WorkflowOrder.compute(document: document, score: score)
        let names = NodeNames(score.modules.map(\.id), prefix: "m")
        var modules: [String: ModuleScore] = [:]
        for module in score.modules { modules[module.id] = module }
        let checkpoints = Set(order.checkpoints)
        let gates = Set(order.approvalGates)
        let cyclic = Set(order.cycles.flatMap { $0 })

        var graph = DOTGraph()
        graph.graph = DiagramStyle.graphAttributes(title: DiagramStyle.title(name: DiagramNames.title(document, score), score: score, view: "Workflow"), rankdir: "TB", size: size)
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        if size == .large {
            graph.body += summary(order: order, score: score)
            graph.body.append(legend())
            return graph
        }
        var checkpointNumber = 0
        var checkpointEdges: [DOTStatement] = []
        for (number, level) in order.levels.enumerated() {
            var members: [DOTStatement] = []
            for id in level {
                guard let module = modules[id], let name = names[id] else { continue }
                var label: HTMLLabel = .bold(.text(id))
                var attributes: [DOTAttribute] = [DOTAttribute("tooltip", "\(id): \(module.reason)")]
                if gates.contains(id) {
                    label = label + .lineBreak + .font(.bold(.text("APPROVAL GATE")), colour: DiagramStyle.humanGateInk, size: 8)
                    attributes += [DOTAttribute("shape", "hexagon"), DOTAttribute("style", "filled"), DOTAttribute("fillcolor", DiagramStyle.humanGateFill)]
                }
                if module.hasIrreversibleEffect {
                    label = label + .lineBreak + .font(.bold(.text("IRREVERSIBLE")), colour: DiagramStyle.irreversibleInk, size: 8)
                    attributes += [DOTAttribute("color", DiagramStyle.irreversibleInk), DOTAttribute("peripheries", "2")]
                }
                if cyclic.contains(id) {
                    label = label + .lineBreak + .font(.text("in a cycle"), colour: DiagramStyle.shareContextInk, size: 8)
                }
                members.append(.node(name, [DOTAttribute("label", .html(label))] + attributes))
                if checkpoints.contains(id) {
                    let checkpoint = DOTName("k", checkpointNumber)
                    checkpointNumber += 1
                    members.append(.node(checkpoint, [
                        DOTAttribute("label", .html(.font(.text("checkpoint"), size: 8))),
                        DOTAttribute("shape", "cylinder"), DOTAttribute("style", "filled"),
                        DOTAttribute("fillcolor", DiagramStyle.checkpointFill), DOTAttribute("height", "0.3"),
                        DOTAttribute("tooltip", "state saved after \(id)"),
                    ]))
                    checkpointEdges.append(.edge(name, checkpoint, [DOTAttribute("style", "dashed"), DOTAttribute("color", DiagramStyle.muted), DOTAttribute("arrowhead", "none")]))
                }
            }
            let title = "level \(number + 1)" + (level.count > 1 ? " · \(level.count) in parallel" : "")
            graph.body.append(.subgraph(DOTName("cluster_level", number), [
                DOTAttribute("label", .html(.font(.text(title), colour: DiagramStyle.ink, size: 9))),
                DOTAttribute("labeljust", "l"),
                DOTAttribute("style", "rounded,filled"),
                DOTAttribute("fillcolor", number % 2 == 0 ? "#f7f7f7" : "#ffffff"),
                DOTAttribute("color", "#d9d9d9"),
                DOTAttribute("fontname", DiagramStyle.font),
            ], members))
        }
        graph.body += checkpointEdges
        for interface in score.interfaces {
            guard let from = names[interface.from], let to = names[interface.to] else { continue }
            let band = BitsScale.band(interface.openBits, lowerBound: interface.isLowerBound)
            let bits = DiagramStyle.bitsText(interface.openBits, lowerBound: interface.isLowerBound)
            var attributes: [DOTAttribute] = [
                DOTAttribute("color", band.colour),
                DOTAttribute("tooltip", "\(interface.from) -> \(interface.to): \(bits) open"),
            ]
            if size == .detailed { attributes.insert(DOTAttribute("label", .html(.font(.text(bits), colour: band.colour))), at: 0) }
            if !interface.isWritten { attributes.append(DOTAttribute("style", "dashed")) }
            graph.body.append(.edge(from, to, attributes))
        }
        graph.body.append(legend())
        return graph
    }

    static func legend() -> DOTStatement {
        DiagramStyle.legend(DiagramStyle.bandRows(subject: "interface") + [
            DiagramStyle.row("shaded box: one level, its modules run in parallel"),
            DiagramStyle.row("state saved after a module with an effect", bold: "checkpoint"),
            DiagramStyle.row("waits for a person's approval", colour: DiagramStyle.humanGateInk, bold: "APPROVAL GATE"),
            DiagramStyle.row("double border: an effect that cannot be undone", colour: DiagramStyle.irreversibleInk, bold: "IRREVERSIBLE"),
        ])
    }

    /// Modules listed per level in a large summary.
    static let shownPerLevel = 12

    /// The large form: one box per level listing its first modules, and one arrow per pair of
    /// levels summing their interfaces, coloured by the worst of them. `dot` lays out a thousand
    /// modules with three thousand interfaces in minutes; this stays readable and instant.
    static func summary(order: WorkflowOrder, score: DocumentScore) -> [DOTStatement] {
        let gates = Set(order.approvalGates), checkpoints = Set(order.checkpoints)
        var statements: [DOTStatement] = []
        for (number, level) in order.levels.enumerated() {
            var rows: [[(HTMLLabel, fill: String?)]] = [[(.bold(.text("level \(number + 1) · \(level.count) \(level.count == 1 ? "module" : "modules")")), fill: nil)]]
            for id in level.prefix(shownPerLevel) {
                var cell: HTMLLabel = .text(id)
                if gates.contains(id) { cell = cell + .text(" ") + .font(.bold(.text("APPROVAL GATE")), colour: DiagramStyle.humanGateInk, size: 8) }
                if checkpoints.contains(id) { cell = cell + .text(" ") + .font(.text("checkpoint"), colour: DiagramStyle.ink, size: 8) }
                rows.append([(cell, fill: nil)])
            }
            if level.count > shownPerLevel { rows.append([(.font(.text("… and \(level.count - shownPerLevel) more"), colour: DiagramStyle.muted), fill: nil)]) }
            statements.append(.node(DOTName("l", number), [
                DOTAttribute("label", .html(.table(rows))),
                DOTAttribute("fillcolor", number % 2 == 0 ? "#f7f7f7" : "#ffffff"),
                DOTAttribute("style", "rounded,filled"),
            ]))
        }
        for link in LevelLink.links(order: order, score: score) {
            statements.append(.edge(DOTName("l", link.from), DOTName("l", link.to), [
                DOTAttribute("label", .html(.font(.text(link.text), colour: link.band.colour))),
                DOTAttribute("color", link.band.colour),
                DOTAttribute("tooltip", link.tooltip),
            ]))
        }
        return statements
    }
}
