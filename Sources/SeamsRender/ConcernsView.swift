public import SeamsAnalyzer
public import SeamsModel
import SeamsReports
import OrderedCollections

/// Concerns inside their module's box, and the artifacts that flow from a writer to a reader,
/// coloured by the artifact's open bits; flows inside one module cross no seam and are grey.
/// A module without concerns (a hand-written role) is one node, joined by its interfaces.
/// Plain markup draws no boxes: a module's concerns share a fill and name it on their second line.
public enum ConcernsView {
    public static func graph(document: Document, score: DocumentScore, size: DiagramSize, markup: DiagramMarkup = .rich) -> DOTGraph {
        var graph = DOTGraph()
        graph.graph = DiagramStyle.graphAttributes(
            title: DiagramStyle.title(name: DiagramNames.title(document, score), score: score, view: "Concerns", markup: markup), rankdir: "LR", size: size)
        if markup == .rich { graph.graph.append(DOTAttribute("compound", "true")) }
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults

        let concernIDs = score.modules.flatMap(\.concerns)
        let concernNames = NodeNames(concernIDs, prefix: "c")
        let moduleNames = NodeNames(score.modules.map(\.id), prefix: "m")
        for (number, module) in score.modules.enumerated() {
            // Without a box around them, the concerns name their module and share its fill.
            let owner = markup == .plain ? (id: module.id, fill: PlainStyle.groupFill(number)) : nil
            var members: [DOTStatement] = []
            for id in module.concerns {
                guard let name = concernNames[id] else { continue }
                members.append(concernNode(id, concern: document.concerns[id], name: name, owner: owner, markup: markup))
            }
            if members.isEmpty, let name = moduleNames[module.id] {
                let lines = (owner.map { [LabelLine($0.id)] } ?? []) + [LabelLine("(no concerns)")]
                members.append(.node(name, DiagramLabel(lines).attributes(markup) + [DOTAttribute("style", "rounded,dashed"), DOTAttribute("tooltip", module.id)]))
            }
            switch (markup, size) {
            case (.plain, _):
                graph.body += members
            case (.rich, .large):
                // sfdp draws no clusters: the module's name goes into each concern's label.
                graph.body += members.map { member in
                    guard case .node(let name, var attributes) = member else { return member }
                    attributes.append(DOTAttribute("xlabel", .html(.font(.text(module.id), colour: DiagramStyle.muted, size: 8))))
                    return .node(name, attributes)
                }
            case (.rich, .detailed):
                graph.body.append(.subgraph(DOTName("cluster_m", number), [
                    DOTAttribute("label", .html(.bold(.text(module.id)))),
                    DOTAttribute("style", "rounded"),
                    DOTAttribute("color", DiagramStyle.muted),
                    DOTAttribute("fontname", DiagramStyle.font),
                    DOTAttribute("fontsize", "11"),
                ], members))
            }
        }

        let (links, leftOut) = drawnLinks(document: document, score: score, size: size)
        for link in links {
            guard let from = concernNames[link.writer], let to = concernNames[link.reader] else { continue }
            let colour = link.isInternal ? DiagramStyle.muted : link.band.colour
            var attributes: [DOTAttribute] = [
                DOTAttribute("color", colour),
                DOTAttribute("tooltip", link.tooltip),
            ]
            if link.isInternal { attributes.append(DOTAttribute("style", "dashed")) }
            if size == .detailed {
                let label = DiagramLabel([LabelLine(link.artifactText)] + (link.isInternal ? [] : [LabelLine(link.bitsText, colour: link.band.colour)]))
                attributes.insert(contentsOf: label.edgeAttributes(markup, colour: colour), at: 0)
            }
            graph.body.append(.edge(from, to, attributes))
        }
        if let leftOut {
            graph.body.append(.node(DOTName("leftout", 0), DiagramLabel(leftOut.lines.map { LabelLine($0, colour: DiagramStyle.ink) }).attributes(markup) + [
                DOTAttribute("shape", "note"), DOTAttribute("style", "filled"), DOTAttribute("fillcolor", "#fff7e0"),
                DOTAttribute("tooltip", leftOut.text),
            ]))
        }
        // Hand-written modules have no concerns: their interfaces join the module nodes.
        let roles = Set(score.modules.filter(\.concerns.isEmpty).map(\.id))
        for interface in score.interfaces {
            guard roles.contains(interface.from), roles.contains(interface.to),
                  let from = moduleNames[interface.from], let to = moduleNames[interface.to] else { continue }
            graph.body.append(.edge(from, to, ModulesView.edgeAttributes(interface, coupling: 0, size: size, markup: markup)))
        }
        graph.body.append(legend.node(markup))
        return graph
    }

    /// The arrows the view draws (one per writer → reader pair, at most `ConcernLink.limit`) and
    /// what it leaves out.
    static func drawnLinks(document: Document, score: DocumentScore, size: DiagramSize) -> (drawn: [ConcernLink], leftOut: ConcernLink.LeftOut?) {
        var moduleOf: [String: String] = [:]
        for module in score.modules { for concern in module.concerns { moduleOf[concern] = module.id } }
        var artifacts: [String: ArtifactScore] = [:]
        for artifact in score.artifacts { artifacts[artifact.id] = artifact }
        let flows = ConcernFlows.flows(document: document, concerns: score.modules.flatMap(\.concerns))
        return ConcernLink.capped(ConcernLink.links(flows, artifacts: artifacts, moduleOf: moduleOf), limit: ConcernLink.limit(size))
    }

    /// A concern: its id and markers. Its `owner` module, where no box shows it, is named on the
    /// second line and gives the fill (a human gate's blue wins).
    static func concernNode(_ id: String, concern: Concern?, name: DOTName, owner: (id: String, fill: String)?, markup: DiagramMarkup) -> DOTStatement {
        var lines = [LabelLine(id, bold: true)] + (owner.map { [LabelLine("in \($0.id)")] } ?? [])
        var attributes: [DOTAttribute] = [DOTAttribute("tooltip", concern?.does?.value ?? id)]
        if concern?.isHumanGate == true {
            lines.append(.marker("HUMAN GATE", colour: DiagramStyle.humanGateInk))
            attributes.append(DOTAttribute("fillcolor", DiagramStyle.humanGateFill))
        } else if let owner {
            attributes.append(DOTAttribute("fillcolor", owner.fill))
        }
        if concern?.resolvedEffect == .irreversible {
            lines.append(.marker("IRREVERSIBLE", colour: DiagramStyle.irreversibleInk))
            attributes += DiagramStyle.irreversibleBorder
        }
        return .node(name, DiagramLabel(lines).attributes(markup) + attributes)
    }

    static let legend = Legend(subject: "artifact", rows: [
        Legend.Row("box: a module and its concerns"),
        Legend.Row("flow inside one module, no seam crossed", colour: DiagramStyle.muted, sign: "- - -"),
        Legend.Row("the concern waits for a person", colour: DiagramStyle.humanGateInk, sign: "HUMAN GATE"),
        Legend.irreversibleRow,
    ], lines: [
        "fill and second line: the module that owns the concern",
        "grey dashed arrow: flow inside one module, no seam crossed",
        "HUMAN GATE, blue fill: the concern waits for a person",
        Legend.irreversibleLine,
    ])
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
