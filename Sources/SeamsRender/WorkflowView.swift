public import SeamsAnalyzer
public import SeamsModel
import SeamsReports

/// The plan's order from top to bottom: one box per parallel level, a checkpoint after every
/// module that changes the world, approval gates marked, interfaces as coloured arrows. Plain
/// markup draws no boxes: each level is a `rank=same` row headed by a "level N" node, the heads
/// chained top to bottom by invisible edges.
public enum WorkflowView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize, markup: DiagramMarkup = .rich) -> DOTGraph {
        let order = WorkflowOrder.compute(document: document, score: score)
        let names = NodeNames(score.modules.map(\.id), prefix: "m")
        var modules: [String: ModuleScore] = [:]
        for module in score.modules { modules[module.id] = module }
        let checkpoints = Set(order.checkpoints)
        let gates = Set(order.approvalGates)
        let cyclic = Set(order.cycles.flatMap { $0 })

        var graph = DOTGraph()
        graph.graph = DiagramStyle.graphAttributes(
            title: DiagramStyle.title(name: DiagramNames.title(document, score), score: score, view: "Workflow", markup: markup), rankdir: "TB", size: size)
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        if size == .large {
            graph.body += summary(order: order, score: score, markup: markup)
            graph.body.append(legend.node(markup))
            return graph
        }
        var checkpointNumber = 0
        // Edges drawn after the levels: to the checkpoints, and the chain of plain level heads.
        var links: [DOTStatement] = []
        for (number, level) in order.levels.enumerated() {
            if markup == .plain && number > 0 {
                links.append(.edge(levelHead(number - 1), levelHead(number), [DOTAttribute("style", "invis")]))
            }
            var members: [DOTStatement] = []
            var row: [DOTName] = []
            for id in level {
                guard let module = modules[id], let name = names[id] else { continue }
                var lines = [LabelLine(id, bold: true)]
                var attributes: [DOTAttribute] = [DOTAttribute("tooltip", "\(id): \(module.reason)")]
                if gates.contains(id) {
                    lines.append(.marker("APPROVAL GATE", colour: DiagramStyle.humanGateInk))
                    attributes += [DOTAttribute("shape", "hexagon"), DOTAttribute("style", "filled"), DOTAttribute("fillcolor", DiagramStyle.humanGateFill)]
                }
                if module.hasIrreversibleEffect {
                    lines.append(.marker("IRREVERSIBLE", colour: DiagramStyle.irreversibleInk))
                    attributes += DiagramStyle.irreversibleBorder
                }
                if cyclic.contains(id) { lines.append(LabelLine("in a cycle", colour: DiagramStyle.shareContextInk, size: 8)) }
                members.append(.node(name, DiagramLabel(lines).attributes(markup) + attributes))
                row.append(name)
                if checkpoints.contains(id) {
                    let checkpoint = DOTName("k", checkpointNumber)
                    checkpointNumber += 1
                    members.append(.node(checkpoint, DiagramLabel([LabelLine("checkpoint")], size: 8).attributes(markup) + [
                        DOTAttribute("shape", "cylinder"), DOTAttribute("style", "filled"),
                        DOTAttribute("fillcolor", DiagramStyle.checkpointFill), DOTAttribute("height", "0.3"),
                        DOTAttribute("tooltip", "state saved after \(id)"),
                    ]))
                    links.append(.edge(name, checkpoint, [DOTAttribute("style", "dashed"), DOTAttribute("color", DiagramStyle.muted), DOTAttribute("arrowhead", "none")]))
                }
            }
            switch markup {
            case .rich: graph.body.append(levelBox(number, parallel: level.count, members: members))
            case .plain: graph.body += levelRow(number, parallel: level.count, members: members, row: row)
            }
        }
        graph.body += links
        var levelOf: [String: Int] = [:]
        for (number, level) in order.levels.enumerated() { for id in level { levelOf[id] = number } }
        for interface in score.interfaces {
            guard let from = names[interface.from], let to = names[interface.to] else { continue }
            // Plain rows are `rank=same`: an interface inside one level (a cycle) is a flat edge.
            let flat = markup == .plain && levelOf[interface.from] == levelOf[interface.to]
            let band = BitsScale.band(interface.openBits, lowerBound: interface.isLowerBound)
            let bits = DiagramStyle.bitsText(interface.openBits, lowerBound: interface.isLowerBound)
            var attributes: [DOTAttribute] = [
                DOTAttribute("color", band.colour),
                DOTAttribute("tooltip", "\(interface.from) -> \(interface.to): \(bits) open"),
            ]
            if size == .detailed {
                attributes.insert(contentsOf: DiagramLabel([LabelLine(bits, colour: band.colour)]).edgeAttributes(markup, colour: band.colour, placement: flat ? .beside : .onEdge), at: 0)
            }
            if !interface.isWritten { attributes.append(DOTAttribute("style", "dashed")) }
            graph.body.append(.edge(from, to, attributes))
        }
        graph.body.append(legend.node(markup))
        return graph
    }

    /// Rich markup: a level's modules in a shaded box, its title on the left.
    static func levelBox(_ number: Int, parallel: Int, members: [DOTStatement]) -> DOTStatement {
        let title = "level \(number + 1)" + (parallel > 1 ? " · \(parallel) in parallel" : "")
        return .subgraph(DOTName("cluster_level", number), [
            DOTAttribute("label", .html(.font(.text(title), colour: DiagramStyle.ink, size: 9))),
            DOTAttribute("labeljust", "l"),
            DOTAttribute("style", "rounded,filled"),
            DOTAttribute("fillcolor", number % 2 == 0 ? "#f7f7f7" : "#ffffff"),
            DOTAttribute("color", "#d9d9d9"),
            DOTAttribute("fontname", DiagramStyle.font),
        ], members)
    }

    /// Plain markup: a text node heading the level, its members, and one rank for the head and
    /// the modules (`row`), so the level reads as a row without a box.
    static func levelRow(_ number: Int, parallel: Int, members: [DOTStatement], row: [DOTName]) -> [DOTStatement] {
        let head = levelHead(number)
        return [.node(head, [
            DOTAttribute("label", .plain(.lines(["level \(number + 1)"] + (parallel > 1 ? ["\(parallel) in parallel"] : [])))),
            DOTAttribute("shape", "plaintext"), DOTAttribute("style", ""), DOTAttribute("fontsize", "9"),
            DOTAttribute("fontcolor", DiagramStyle.ink),
        ])] + members + [.sameRank([head] + row)]
    }

    static func levelHead(_ number: Int) -> DOTName { DOTName("level", number) }

    static let legend = Legend(subject: "interface", rows: [
        Legend.Row("shaded box: one level, its modules run in parallel"),
        Legend.Row("state saved after a module with an effect", sign: "checkpoint"),
        Legend.Row("waits for a person's approval", colour: DiagramStyle.humanGateInk, sign: "APPROVAL GATE"),
        Legend.irreversibleRow,
    ], lines: [
        "level N, one row: its modules run in parallel",
        "dashed arrow: interface implied by concerns, not written",
        "checkpoint, grey cylinder: state saved after a module with an effect",
        "APPROVAL GATE, blue hexagon: waits for a person's approval",
        Legend.irreversibleLine,
    ])

    /// Modules listed per level in a large summary.
    static let shownPerLevel = 12

    /// The large form: one box per level listing its first modules, and one arrow per pair of
    /// levels summing their interfaces, coloured by the worst of them. `dot` lays out a thousand
    /// modules with three thousand interfaces in minutes; this stays readable and instant.
    static func summary(order: WorkflowOrder, score: DocumentScore, markup: DiagramMarkup) -> [DOTStatement] {
        let gates = Set(order.approvalGates), checkpoints = Set(order.checkpoints)
        var statements: [DOTStatement] = []
        for (number, level) in order.levels.enumerated() {
            var lines = [LabelLine("level \(number + 1) · \(DiagramStyle.count(level.count, "module"))", bold: true)]
            for id in level.prefix(shownPerLevel) {
                var spans = [LabelLine.Span(text: id)]
                if gates.contains(id) { spans.append(.marker("APPROVAL GATE", colour: DiagramStyle.humanGateInk)) }
                if checkpoints.contains(id) { spans.append(LabelLine.Span(text: "checkpoint", colour: DiagramStyle.ink, size: 8)) }
                lines.append(LabelLine(spans: spans))
            }
            if level.count > shownPerLevel { lines.append(LabelLine("… and \(level.count - shownPerLevel) more", colour: DiagramStyle.muted)) }
            statements.append(.node(DOTName("l", number), DiagramLabel(lines, layout: .list).attributes(markup) + [
                DOTAttribute("fillcolor", number % 2 == 0 ? "#f7f7f7" : "#ffffff"),
                DOTAttribute("style", "rounded,filled"),
            ]))
        }
        for link in LevelLink.links(order: order, score: score) {
            let label = DiagramLabel([LabelLine(link.text, colour: link.band.colour)])
            statements.append(.edge(DOTName("l", link.from), DOTName("l", link.to), label.edgeAttributes(markup, colour: link.band.colour) + [
                DOTAttribute("color", link.band.colour),
                DOTAttribute("tooltip", link.tooltip),
            ]))
        }
        return statements
    }
}
