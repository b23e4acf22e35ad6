public import SeamsAnalyzer
import SeamsReports
public import SeamsModel

/// Modules as nodes and interfaces as edges: what each handoff carries and the bits it leaves
/// open, coloured on the fixed scale, drawn thicker the more the pair is coupled; human gates
/// and irreversible effects marked; modules that should share context boxed together.
public enum ModulesView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize) -> DOTGraph {
        let names = NodeNames(score.modules.map(\.id), prefix: "m")
        var graph = DOTGraph()
        graph.graph = DiagramStyle.graphAttributes(title: DiagramStyle.title(name: DiagramNames.title(document, score), score: score, view: "Modules"), rankdir: "LR", size: size)
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        let groups = ShareContextGroups.groups(score.pairs, modules: score.modules.map(\.id))
        var grouped = Set<String>()
        for (number, group) in groups.enumerated() {
            grouped.formUnion(group)
            let members = score.modules.filter { group.contains($0.id) }.compactMap { module in names[module.id].map { moduleNode(module, name: $0) } }
            graph.body.append(.subgraph(DOTName("cluster_share", number), [
                DOTAttribute("label", .html(.font(.text("share context"), colour: DiagramStyle.shareContextInk, size: 9))),
                DOTAttribute("style", "dashed,rounded"),
                DOTAttribute("color", DiagramStyle.shareContextInk),
                DOTAttribute("fontname", DiagramStyle.font),
            ], members))
        }
        for module in score.modules where !grouped.contains(module.id) {
            if let name = names[module.id] { graph.body.append(moduleNode(module, name: name)) }
        }

        var coupling: [String: Double] = [:]
        for pair in score.pairs where pair.modules.count == 2 { coupling[pair.modules.joined(separator: "\u{0}")] = pair.coupling }
        for interface in score.interfaces {
            guard let from = names[interface.from], let to = names[interface.to] else { continue }
            let key = [interface.from, interface.to].sorted().joined(separator: "\u{0}")
            graph.body.append(.edge(from, to, edgeAttributes(interface, coupling: coupling[key] ?? 0, size: size)))
        }
        graph.body.append(DiagramStyle.legend(legendRows()))
        return graph
    }

    static func moduleNode(_ module: ModuleScore, name: DOTName) -> DOTStatement {
        var label: HTMLLabel = .bold(.text(module.id)) + .lineBreak
            + .font(.text("load \(NumberText.decimal(module.load))/\(NumberText.decimal(module.budget)) · \(module.advice.rawValue)"), colour: DiagramStyle.ink, size: 8)
        var attributes: [DOTAttribute] = [DOTAttribute("tooltip", "\(module.id): \(module.reason)")]
        if module.hasHumanGate {
            label = label + .lineBreak + .font(.bold(.text("HUMAN GATE")), colour: DiagramStyle.humanGateInk, size: 8)
            attributes.append(DOTAttribute("fillcolor", DiagramStyle.humanGateFill))
        }
        if module.hasIrreversibleEffect {
            label = label + .lineBreak + .font(.bold(.text("IRREVERSIBLE")), colour: DiagramStyle.irreversibleInk, size: 8)
            attributes.append(DOTAttribute("color", DiagramStyle.irreversibleInk))
            attributes.append(DOTAttribute("peripheries", "2"))
        }
        return .node(name, [DOTAttribute("label", .html(label))] + attributes)
    }

    static func edgeAttributes(_ interface: InterfaceScore, coupling: Double, size: DiagramSize) -> [DOTAttribute] {
        let band = BitsScale.band(interface.openBits, lowerBound: interface.isLowerBound)
        let bits = DiagramStyle.bitsText(interface.openBits, lowerBound: interface.isLowerBound)
        let carries = interface.carries.isEmpty ? "inline payload" : interface.carries.joined(separator: ", ")
        var attributes: [DOTAttribute] = [
            DOTAttribute("color", band.colour),
            DOTAttribute("penwidth", "\(DiagramStyle.penWidth(coupling: coupling))"),
            DOTAttribute("tooltip", "\(interface.from) -> \(interface.to): \(carries); \(bits) open of \(NumberText.decimal(interface.weight))"),
        ]
        if size == .detailed {
            attributes.insert(DOTAttribute("label", .html(.text(carries) + .lineBreak + .font(.text(bits), colour: band.colour))), at: 0)
        }
        if !interface.isWritten { attributes.append(DOTAttribute("style", "dashed")) }
        return attributes
    }

    static func legendRows() -> [[(HTMLLabel, fill: String?)]] {
        DiagramStyle.bandRows(subject: "interface")
            + [
                DiagramStyle.row("pen width: pair coupling, 1 under 8 bits … 5 from 64 bits"),
                DiagramStyle.row("interface implied by concerns, not written", bold: "- - -"),
                DiagramStyle.row("a concern waits for a person", colour: DiagramStyle.humanGateInk, bold: "HUMAN GATE"),
                DiagramStyle.row("double border: an effect that cannot be undone", colour: DiagramStyle.irreversibleInk, bold: "IRREVERSIBLE"),
                DiagramStyle.row("dashed box: isolation would contradict, co-locate", colour: DiagramStyle.shareContextInk, bold: "share context"),
            ]
    }
}
