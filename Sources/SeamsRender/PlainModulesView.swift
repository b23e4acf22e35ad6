public import SeamsAnalyzer
import SeamsReports
public import SeamsModel

/// `ModulesView` in plain text (`DiagramMarkup.plain`): the same nodes, edges, colours and pen
/// widths; a share-context group is a shared fill plus a dashed purple line per pair instead of a
/// cluster box.
public enum PlainModulesView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize) -> DOTGraph {
        let names = NodeNames(score.modules.map(\.id), prefix: "m")
        var graph = DOTGraph()
        graph.graph = PlainStyle.graphAttributes(name: DiagramNames.title(document, score), score: score, view: "Modules", rankdir: "LR", size: size)
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        var groupFill: [String: String] = [:]
        for (number, group) in ShareContextGroups.groups(score.pairs, modules: score.modules.map(\.id)).enumerated() {
            for id in group { groupFill[id] = PlainStyle.groupFill(number) }
        }
        for module in score.modules {
            if let name = names[module.id] { graph.body.append(moduleNode(module, name: name, groupFill: groupFill[module.id])) }
        }

        var coupling: [String: Double] = [:]
        for pair in score.pairs where pair.modules.count == 2 { coupling[pair.modules.joined(separator: "\u{0}")] = pair.coupling }
        for interface in score.interfaces {
            guard let from = names[interface.from], let to = names[interface.to] else { continue }
            let key = [interface.from, interface.to].sorted().joined(separator: "\u{0}")
            graph.body.append(.edge(from, to, edgeAttributes(interface, coupling: coupling[key] ?? 0, size: size)))
        }
        for pair in score.pairs where pair.isolation == .shareContext && pair.modules.count == 2 {
            guard let first = names[pair.modules[0]], let second = names[pair.modules[1]] else { continue }
            graph.body.append(.edge(first, second, shareContextAttributes(pair, size: size)))
        }
        graph.body.append(PlainStyle.legend(legendLines()))
        return graph
    }

    static func moduleNode(_ module: ModuleScore, name: DOTName, groupFill: String?) -> DOTStatement {
        var lines = [module.id, "load \(NumberText.decimal(module.load))/\(NumberText.decimal(module.budget)) · \(module.advice.rawValue)"]
        var attributes: [DOTAttribute] = [DOTAttribute("tooltip", "\(module.id): \(module.reason)")]
        if module.hasHumanGate {
            lines.append("HUMAN GATE")
            attributes.append(DOTAttribute("fillcolor", DiagramStyle.humanGateFill))
        } else if let groupFill {
            attributes.append(DOTAttribute("fillcolor", groupFill))
        }
        if module.hasIrreversibleEffect {
            lines.append("IRREVERSIBLE")
            attributes.append(DOTAttribute("color", DiagramStyle.irreversibleInk))
            attributes.append(DOTAttribute("peripheries", "2"))
        }
        return .node(name, [PlainStyle.label(lines)] + attributes)
    }

    /// The rich edge without its HTML label: what it carries and its bits, in the bits colour.
    static func edgeAttributes(_ interface: InterfaceScore, coupling: Double, size: DiagramSize) -> [DOTAttribute] {
        let band = BitsScale.band(interface.openBits, lowerBound: interface.isLowerBound)
        let bits = DiagramStyle.bitsText(interface.openBits, lowerBound: interface.isLowerBound)
        let carries = interface.carries.isEmpty ? "inline payload" : interface.carries.joined(separator: ", ")
        var attributes = ModulesView.edgeAttributes(interface, coupling: coupling, size: .large)
        if size == .detailed {
            attributes.insert(contentsOf: [PlainStyle.label([carries, bits]), DOTAttribute("fontcolor", band.colour)], at: 0)
        }
        return attributes
    }

    /// A dashed purple line without arrowheads that does not move the layout's ranks.
    static func shareContextAttributes(_ pair: PairScore, size: DiagramSize) -> [DOTAttribute] {
        var attributes: [DOTAttribute] = [
            DOTAttribute("dir", "none"),
            DOTAttribute("style", "dashed"),
            DOTAttribute("color", DiagramStyle.shareContextInk),
            DOTAttribute("constraint", "false"),
            DOTAttribute("tooltip", "share context: \(pair.modules.joined(separator: " and ")): \(pair.reason)"),
        ]
        if size == .detailed {
            attributes.insert(contentsOf: [DOTAttribute("label", .plain(.text("share context"))), DOTAttribute("fontcolor", DiagramStyle.shareContextInk)], at: 0)
        }
        return attributes
    }

    static func legendLines() -> [String] {
        PlainStyle.bandLines(subject: "interface") + [
            "pen width: pair coupling, 1 under 8 bits … 5 from 64 bits",
            "dashed arrow: interface implied by concerns, not written",
            "HUMAN GATE, blue fill: a concern waits for a person",
            "IRREVERSIBLE, red double border: an effect that cannot be undone",
            "share context, purple dashed line and a shared fill: isolation would contradict, co-locate",
        ]
    }
}
