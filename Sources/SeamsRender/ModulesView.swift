public import SeamsAnalyzer
import SeamsReports
public import SeamsModel

/// Modules as nodes and interfaces as edges: what each handoff carries and the bits it leaves
/// open, coloured on the fixed scale, drawn thicker the more the pair is coupled; human gates
/// and irreversible effects marked; modules that should share context boxed together (in plain
/// markup, which draws no boxes: a shared fill and a dashed purple line per pair).
public enum ModulesView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize, markup: DiagramMarkup = .rich) -> DOTGraph {
        let names = NodeNames(score.modules.map(\.id), prefix: "m")
        var graph = DOTGraph()
        graph.graph = DiagramStyle.graphAttributes(
            title: DiagramStyle.title(name: DiagramNames.title(document, score), score: score, view: "Modules", markup: markup), rankdir: "LR", size: size)
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        let groups = ShareContextGroups.groups(score.pairs, modules: score.modules.map(\.id))
        switch markup {
        case .rich: graph.body += boxedModules(score.modules, groups: groups, names: names)
        case .plain: graph.body += filledModules(score.modules, groups: groups, names: names)
        }

        var coupling: [String: Double] = [:]
        for pair in score.pairs where pair.modules.count == 2 { coupling[pair.modules.joined(separator: "\u{0}")] = pair.coupling }
        for interface in score.interfaces {
            guard let from = names[interface.from], let to = names[interface.to] else { continue }
            let key = [interface.from, interface.to].sorted().joined(separator: "\u{0}")
            graph.body.append(.edge(from, to, edgeAttributes(interface, coupling: coupling[key] ?? 0, size: size, markup: markup)))
        }
        if markup == .plain {
            for pair in score.pairs where pair.isolation == .shareContext && pair.modules.count == 2 {
                guard let first = names[pair.modules[0]], let second = names[pair.modules[1]] else { continue }
                graph.body.append(.edge(first, second, shareContextAttributes(pair, size: size)))
            }
        }
        graph.body.append(legend.node(markup))
        return graph
    }

    /// Rich markup: each share-context group in a dashed box, then the modules of no group.
    static func boxedModules(_ modules: [ModuleScore], groups: [[String]], names: NodeNames) -> [DOTStatement] {
        var body: [DOTStatement] = []
        var grouped = Set<String>()
        for (number, group) in groups.enumerated() {
            grouped.formUnion(group)
            let members = modules.filter { group.contains($0.id) }.compactMap { module in
                names[module.id].map { moduleNode(module, name: $0, groupFill: nil, markup: .rich) }
            }
            body.append(.subgraph(DOTName("cluster_share", number), [
                DOTAttribute("label", .html(.font(.text("share context"), colour: DiagramStyle.shareContextInk, size: 9))),
                DOTAttribute("style", "dashed,rounded"),
                DOTAttribute("color", DiagramStyle.shareContextInk),
                DOTAttribute("fontname", DiagramStyle.font),
            ], members))
        }
        for module in modules where !grouped.contains(module.id) {
            if let name = names[module.id] { body.append(moduleNode(module, name: name, groupFill: nil, markup: .rich)) }
        }
        return body
    }

    /// Plain markup: every module in document order, a share-context group's members in one fill.
    static func filledModules(_ modules: [ModuleScore], groups: [[String]], names: NodeNames) -> [DOTStatement] {
        var groupFill: [String: String] = [:]
        for (number, group) in groups.enumerated() {
            for id in group { groupFill[id] = PlainStyle.groupFill(number) }
        }
        return modules.compactMap { module in
            names[module.id].map { moduleNode(module, name: $0, groupFill: groupFill[module.id], markup: .plain) }
        }
    }

    /// A module: its id, load and markers; a human gate's blue fill wins over `groupFill`.
    static func moduleNode(_ module: ModuleScore, name: DOTName, groupFill: String?, markup: DiagramMarkup) -> DOTStatement {
        var lines = [
            LabelLine(module.id, bold: true),
            LabelLine("load \(NumberText.decimal(module.load))/\(NumberText.decimal(module.budget)) · \(module.advice.rawValue)", colour: DiagramStyle.ink, size: 8),
        ]
        var attributes: [DOTAttribute] = [DOTAttribute("tooltip", "\(module.id): \(module.reason)")]
        if module.hasHumanGate {
            lines.append(.marker("HUMAN GATE", colour: DiagramStyle.humanGateInk))
            attributes.append(DOTAttribute("fillcolor", DiagramStyle.humanGateFill))
        } else if let groupFill {
            attributes.append(DOTAttribute("fillcolor", groupFill))
        }
        if module.hasIrreversibleEffect {
            lines.append(.marker("IRREVERSIBLE", colour: DiagramStyle.irreversibleInk))
            attributes += DiagramStyle.irreversibleBorder
        }
        return .node(name, DiagramLabel(lines).attributes(markup) + attributes)
    }

    /// An interface: coloured by its open bits, as wide as its pair's coupling, dashed when only
    /// implied; labelled with what it carries and its bits while the diagram is detailed.
    static func edgeAttributes(_ interface: InterfaceScore, coupling: Double, size: DiagramSize, markup: DiagramMarkup) -> [DOTAttribute] {
        let band = BitsScale.band(interface.openBits, lowerBound: interface.isLowerBound)
        let bits = DiagramStyle.bitsText(interface.openBits, lowerBound: interface.isLowerBound)
        let carries = interface.carries.isEmpty ? "inline payload" : interface.carries.joined(separator: ", ")
        var attributes: [DOTAttribute] = [
            DOTAttribute("color", band.colour),
            DOTAttribute("penwidth", "\(DiagramStyle.penWidth(coupling: coupling))"),
            DOTAttribute("tooltip", "\(interface.from) -> \(interface.to): \(carries); \(bits) open of \(NumberText.decimal(interface.weight))"),
        ]
        if size == .detailed {
            let label = DiagramLabel([LabelLine(carries), LabelLine(bits, colour: band.colour)])
            attributes.insert(contentsOf: label.edgeAttributes(markup, colour: band.colour), at: 0)
        }
        if !interface.isWritten { attributes.append(DOTAttribute("style", "dashed")) }
        return attributes
    }

    /// Plain markup's stand-in for a share-context box: a dashed purple line without arrowheads
    /// that does not move the layout's ranks.
    static func shareContextAttributes(_ pair: PairScore, size: DiagramSize) -> [DOTAttribute] {
        var attributes: [DOTAttribute] = [
            DOTAttribute("dir", "none"),
            DOTAttribute("style", "dashed"),
            DOTAttribute("color", DiagramStyle.shareContextInk),
            DOTAttribute("constraint", "false"),
            DOTAttribute("tooltip", "share context: \(pair.modules.joined(separator: " and ")): \(pair.reason)"),
        ]
        if size == .detailed {
            // Not a constraint, so the pair may share a rank: the label goes beside the line.
            attributes.insert(contentsOf: DiagramLabel([LabelLine("share context")]).edgeAttributes(.plain, colour: DiagramStyle.shareContextInk, placement: .beside), at: 0)
        }
        return attributes
    }

    static let legend = Legend(subject: "interface", rows: [
        Legend.Row("pen width: pair coupling, 1 under 8 bits … 5 from 64 bits"),
        Legend.Row("interface implied by concerns, not written", sign: "- - -"),
        Legend.Row("a concern waits for a person", colour: DiagramStyle.humanGateInk, sign: "HUMAN GATE"),
        Legend.irreversibleRow,
        Legend.Row("dashed box: isolation would contradict, co-locate", colour: DiagramStyle.shareContextInk, sign: "share context"),
    ], lines: [
        "pen width: pair coupling, 1 under 8 bits … 5 from 64 bits",
        "dashed arrow: interface implied by concerns, not written",
        "HUMAN GATE, blue fill: a concern waits for a person",
        Legend.irreversibleLine,
        "share context, purple dashed line and a shared fill: isolation would contradict, co-locate",
    ])
}
