public import SeamsAnalyzer
public import SeamsModel
import SeamsReports
import OrderedCollections

/// `ConcernsView` in plain text (`DiagramMarkup.plain`): instead of a cluster box per module,
/// every concern of a module shares that module's fill and names it on its second line.
public enum PlainConcernsView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize) -> DOTGraph {
        var graph = DOTGraph()
        graph.graph = PlainStyle.graphAttributes(name: DiagramNames.title(document, score), score: score, view: "Concerns", rankdir: "LR", size: size)
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        let concernIDs = score.modules.flatMap(\.concerns)
        let concernNames = NodeNames(concernIDs, prefix: "c")
        let moduleNames = NodeNames(score.modules.map(\.id), prefix: "m")
        var moduleOf: [String: String] = [:]
        for module in score.modules { for concern in module.concerns { moduleOf[concern] = module.id } }

        for (number, module) in score.modules.enumerated() {
            let fill = PlainStyle.groupFill(number)
            var wrote = false
            for id in module.concerns {
                guard let name = concernNames[id] else { continue }
                graph.body.append(concernNode(id, concern: document.concerns[id], module: module.id, fill: fill, name: name))
                wrote = true
            }
            if !wrote, let name = moduleNames[module.id] {
                graph.body.append(.node(name, [PlainStyle.label([module.id, "(no concerns)"]), DOTAttribute("style", "rounded,dashed"),
                                               DOTAttribute("tooltip", module.id)]))
            }
        }

        var artifactScores: [String: ArtifactScore] = [:]
        for artifact in score.artifacts { artifactScores[artifact.id] = artifact }
        for flow in ConcernFlows.flows(document: document, concerns: concernIDs) {
            guard let from = concernNames[flow.writer], let to = concernNames[flow.reader] else { continue }
            let artifact = artifactScores[flow.artifact]
            let internalFlow = moduleOf[flow.writer] == moduleOf[flow.reader]
            let band = BitsScale.band(artifact?.openBits ?? 0, lowerBound: artifact?.isLowerBound ?? false)
            let bits = DiagramStyle.bitsText(artifact?.openBits ?? 0, lowerBound: artifact?.isLowerBound ?? false)
            var attributes: [DOTAttribute] = [
                DOTAttribute("color", internalFlow ? DiagramStyle.muted : band.colour),
                DOTAttribute("tooltip", "\(flow.writer) -> \(flow.reader): \(flow.artifact), \(bits) open"),
            ]
            if internalFlow { attributes.append(DOTAttribute("style", "dashed")) }
            if size == .detailed {
                attributes.insert(contentsOf: internalFlow
                    ? [PlainStyle.label([flow.artifact]), DOTAttribute("fontcolor", DiagramStyle.muted)]
                    : [PlainStyle.label([flow.artifact, bits]), DOTAttribute("fontcolor", band.colour)], at: 0)
            }
            graph.body.append(.edge(from, to, attributes))
        }
        // Hand-written modules have no concerns: their interfaces join the module nodes.
        let roles = Set(score.modules.filter(\.concerns.isEmpty).map(\.id))
        for interface in score.interfaces {
            guard roles.contains(interface.from), roles.contains(interface.to),
                  let from = moduleNames[interface.from], let to = moduleNames[interface.to] else { continue }
            graph.body.append(.edge(from, to, PlainModulesView.edgeAttributes(interface, coupling: 0, size: size)))
        }
        graph.body.append(PlainStyle.legend(PlainStyle.bandLines(subject: "artifact") + [
            "fill and second line: the module that owns the concern",
            "grey dashed arrow: flow inside one module, no seam crossed",
            "HUMAN GATE, blue fill: the concern waits for a person",
            "IRREVERSIBLE, red double border: an effect that cannot be undone",
        ]))
        return graph
    }

    static func concernNode(_ id: String, concern: Concern?, module: String, fill: String, name: DOTName) -> DOTStatement {
        var lines = [id, "in \(module)"]
        var attributes: [DOTAttribute] = [DOTAttribute("tooltip", concern?.does?.value ?? id)]
        if concern?.isHumanGate == true {
            lines.append("HUMAN GATE")
            attributes.append(DOTAttribute("fillcolor", DiagramStyle.humanGateFill))
        } else {
            attributes.append(DOTAttribute("fillcolor", fill))
        }
        if concern?.resolvedEffect == .irreversible {
            lines.append("IRREVERSIBLE")
            attributes.append(DOTAttribute("color", DiagramStyle.irreversibleInk))
            attributes.append(DOTAttribute("peripheries", "2"))
        }
        return .node(name, [PlainStyle.label(lines)] + attributes)
    }
}
