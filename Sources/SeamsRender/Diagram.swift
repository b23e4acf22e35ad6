public import SeamsAnalyzer
public import SeamsModel

/// Which picture of a document to draw.
public enum DiagramView: String, Sendable, CaseIterable {
    case modules, concerns, workflow
}

/// The one entry point commands use: a view of a scored document as DOT text, or rendered.
public enum Diagram {
    /// The DOT text of `view`; deterministic for the same document and score. `markup` `.plain`
    /// draws the same picture without HTML-like labels or clusters, for long-running processes
    /// (see `DiagramMarkup`).
    public static func graph(_ view: DiagramView, document: Document, score: DocumentScore, markup: DiagramMarkup = .rich) -> DOTGraph {
        let size = DiagramSize.forNodes(nodeCount(view, score: score))
        var graph = switch view {
        case .modules: ModulesView.graph(document: document, score: score, size: size, markup: markup)
        case .concerns: ConcernsView.graph(document: document, score: score, size: size, markup: markup)
        case .workflow: WorkflowView.graph(document: document, score: score, size: size, markup: markup)
        }
        if graph.hasCluster { graph.graph.append(DiagramStyle.clusterRanking) }
        return graph
    }

    /// The DOT text with the engine for its size: `dot` while the picture is detailed; above
    /// `DiagramSize.detailedLimit` nodes `sfdp` (1,000 modules and 3,000 interfaces: `dot` did not
    /// finish in 5 minutes, `sfdp` takes about 3 s), and the workflow becomes a summary per level.
    public static func plan(_ view: DiagramView, document: Document, score: DocumentScore, markup: DiagramMarkup = .rich) -> DiagramPlan {
        let size = DiagramSize.forNodes(nodeCount(view, score: score))
        // The large workflow is a summary per level, small enough for dot.
        let engine: LayoutEngine = size == .detailed || view == .workflow ? .dot : .sfdp
        var plan = DiagramPlan(text: graph(view, document: document, score: score, markup: markup).text, engine: engine, size: size)
        if view == .concerns, let leftOut = ConcernsView.drawnLinks(document: document, score: score, size: size).leftOut {
            plan.leftOut = ["the concerns view: \(leftOut.text)"]
        }
        return plan
    }

    /// Renders `view` to `format` in this process.
    public static func render(_ view: DiagramView, document: Document, score: DocumentScore, format: RenderFormat, markup: DiagramMarkup = .rich) throws(GraphvizError) -> [UInt8] {
        let plan = plan(view, document: document, score: score, markup: markup)
        return try Graphviz.render(plan.text, format: format, engine: plan.engine)
    }

    static func nodeCount(_ view: DiagramView, score: DocumentScore) -> Int {
        switch view {
        case .modules, .workflow: score.modules.count
        case .concerns: max(score.modules.count, score.modules.reduce(0) { $0 + $1.concerns.count })
        }
    }
}
