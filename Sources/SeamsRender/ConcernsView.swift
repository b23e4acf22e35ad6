public import SeamsAnalyzer
public import SeamsModel
import SeamsReports
import OrderedCollections

/// Concerns inside their module's box, and the artifacts that flow from a writer to a reader,
/// coloured by the artifact's open bits; flows inside one module cross no seam and are grey.
/// A module without concerns (a hand-written role) is one node, joined by its interfaces.
public enum ConcernsView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize) -> DOTGraph {
        var graph = DOTGraph()
        graph.graph = DiagramStyle.graphAttributes(title: DiagramStyle.title(name: DiagramNames.title(document, score), score: score, view: "Concerns"), rankdir: "LR", size: size)
        graph.graph.append(DOTAttribute("compound", "true"))
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        let concernIDs = score.modules.flatMap(\.concerns)
        let concernNames = NodeNames(concernIDs, prefix: "c")
        let moduleNames = NodeNames(score.modules.map(\.id), prefix: "m")
        var moduleOf: [String: String] = [:]
        for module in score.modules { for concern in module.concerns { moduleOf[concern] = module.id } }

        for (number, module) in score.modules.enumerated() {
            var members: [DOTStatement] = []
            for id in module.concerns {
                guard let name = concernNames[id] else { continue }
                members.append(concernNode(id, concern: document.concerns[id], name: name))
            }
            if members.isEmpty, let name = moduleNames[module.id] {
                members.append(.node(name, [DOTAttribute("label", .html(.text("(no concerns)"))), DOTAttribute("style", "rounded,dashed"),
                                            DOTAttribute("tooltip", module.id)]))
            }
            if size == .large {
                // sfdp draws no clusters: the module's name goes into each concern's label.
                graph.body += members.map { member in
                    guard case .node(let name, var attributes) = member else { return member }
                    attributes.append(DOTAttribute("xlabel", .html(.font(.text(module.id), colour: DiagramStyle.muted, size: 8))))
                    return .node(name, attributes)
                }
                continue
            }
            graph.body.append(.subgraph(DOTName("cluster_m", number), [
                DOTAttribute("label", .html(.bold(.text(module.id)))),
                DOTAttribute("style", "rounded"),
                DOTAttribute("color", DiagramStyle.muted),
                DOTAttribute("fontname", DiagramStyle.font),
                DOTAttribute("fontsize", "11"),
            ], members))
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
                attributes.insert(DOTAttribute("label", .html(.text(flow.artifact) + (internalFlow ? .text("") : .lineBreak + .font(.text(bits), colour: band.colour)))), at: 0)
            }
            graph.body.append(.edge(from, to, attributes))
        }
        // Hand-written modules have no concerns: their interfaces join the module nodes.
        let roles = Set(score.modules.filter(\.concerns.isEmpty).map(\.id))
        for interface in score.interfaces {
            guard roles.contains(interface.from), roles.contains(interface.to),
                  let from = moduleNames[interface.from], let to = moduleNames[interface.to] else { continue }
            graph.body.append(.edge(from, to, ModulesView.edgeAttributes(interface, coupling: 0, size: size)))
        }
        graph.body.append(DiagramStyle.legend(DiagramStyle.bandRows(subject: "artifact") + [
            DiagramStyle.row("box: a module and its concerns"),
            DiagramStyle.row("flow inside one module, no seam crossed", colour: DiagramStyle.muted, bold: "- - -"),
            DiagramStyle.row("the concern waits for a person", colour: DiagramStyle.humanGateInk, bold: "HUMAN GATE"),
            DiagramStyle.row("double border: an effect that cannot be undone", colour: DiagramStyle.irreversibleInk, bold: "IRREVERSIBLE"),
        ]))
        return graph
    }

    static func concernNode(_ id: String, concern: Concern?, name: DOTName) -> DOTStatement {
        var label: HTMLLabel = .bold(.text(id))
        var attributes: [DOTAttribute] = [DOTAttribute("tooltip", concern?.does?.value ?? id)]
        if concern?.isHumanGate == true {
            label = label + .lineBreak + .font(.bold(.text("HUMAN GATE")), colour: DiagramStyle.humanGateInk, size: 8)
            attributes.append(DOTAttribute("fillcolor", DiagramStyle.humanGateFill))
        }
        if concern?.resolvedEffect == .irreversible {
            label = label + .lineBreak + .font(.bold(.text("IRREVERSIBLE")), colour: DiagramStyle.irreversibleInk, size: 8)
            attributes.append(DOTAttribute("color", DiagramStyle.irreversibleInk))
            attributes.append(DOTAttribute("peripheries", "2"))
        }
        return .node(name, [DOTAttribute("label", .html(label))] + attributes)
    }
}

/// Writer → reader pairs of concerns per artifact, sorted, one per (writer, reader, artifact).
enum ConcernFlows {
    struct Flow: Hashable, Comparable {
        var writer: String
        var reader: String
        var artifact: String
        static func < (lhs: Flow, rhs: Flow) -> Bool {
            (lhs.writer, lhs.reader, lhs.artifact) < (rhs.writer, rhs.reader, rhs.artifact)
        }
    }

    static func flows(document: Document, concerns: [String]) -> [Flow] {
        var writers: [String: [String]] = [:]
        for id in concerns {
            guard let concern = document.concerns[id] else { continue }
            for artifact in concern.writes { writers[artifact.value, default: []].append(id) }
        }
        var flows = Set<Flow>()
        for id in concerns {
            guard let concern = document.concerns[id] else { continue }
            for artifact in concern.reads {
                for writer in writers[artifact.value] ?? [] where writer != id {
                    flows.insert(Flow(writer: writer, reader: id, artifact: artifact.value))
                }
            }
        }
        return flows.sorted()
    }
}
