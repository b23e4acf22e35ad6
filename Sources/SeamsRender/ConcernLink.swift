import SeamsAnalyzer
import SeamsReports

/// The flows from one concern to another, bundled into one arrow of the concerns view: every
/// artifact the writer hands the reader, with their open bits summed and the worst one's colour.
///
/// One arrow per artifact made the view grow with reads × writers (30 concerns each reading 30
/// artifacts: 870 labelled arrows, seconds of `dot` for a 5 KB document); one per concern pair
/// is what a reader can follow, and `ConcernLink.limit` caps it.
struct ConcernLink {
    var writer: String
    var reader: String
    /// Artifact ids, sorted.
    var artifacts: [String] = []
    /// True when writer and reader are in one module: no seam is crossed.
    var isInternal: Bool
    var bits = 0.0
    var worst = 0.0
    var lowerBound = false
    var worstLowerBound = false

    /// The most arrows a concerns view draws while it labels them (`dot`), and when it does not (`sfdp`).
    static let detailedLimit = 150
    static let largeLimit = 3_000

    static func limit(_ size: DiagramSize) -> Int { size == .detailed ? detailedLimit : largeLimit }

    var band: BitsScale.Band { BitsScale.band(worst, lowerBound: worstLowerBound) }

    var bitsText: String { DiagramStyle.bitsText(bits, lowerBound: lowerBound) }

    /// At most three artifact names, then how many more: `a, b, c +4 more`.
    var artifactText: String {
        let shown = artifacts.prefix(artifacts.count > 3 ? 2 : 3).joined(separator: ", ")
        return artifacts.count > 3 ? "\(shown) +\(artifacts.count - 2) more" : shown
    }

    var tooltip: String {
        "\(writer) -> \(reader): \(artifacts.joined(separator: ", ")); \(bitsText) open"
    }

    /// One link per (writer, reader) pair of `flows`, in the flows' order.
    static func links(_ flows: [ConcernFlows.Flow], artifacts: [String: ArtifactScore], moduleOf: [String: String]) -> [ConcernLink] {
        var links: [ConcernLink] = []
        var index: [String: [String: Int]] = [:]
        for flow in flows {
            let position: Int
            if let known = index[flow.writer]?[flow.reader] {
                position = known
            } else {
                position = links.count
                index[flow.writer, default: [:]][flow.reader] = position
                links.append(ConcernLink(writer: flow.writer, reader: flow.reader, isInternal: moduleOf[flow.writer] == moduleOf[flow.reader]))
            }
            let score = artifacts[flow.artifact]
            let open = score?.openBits ?? 0, bound = score?.isLowerBound ?? false
            links[position].artifacts.append(flow.artifact)
            links[position].bits += open
            links[position].lowerBound = links[position].lowerBound || bound
            // The worst artifact gives the colour: a lower bound first, then the most open bits.
            if (bound && !links[position].worstLowerBound) || (bound == links[position].worstLowerBound && open > links[position].worst) {
                links[position].worst = open
                links[position].worstLowerBound = bound
            }
        }
        return links
    }

    /// The links drawn within `limit` and how many were left out: seams crossed first, then the
    /// most open bits; the drawn ones keep their order.
    static func capped(_ links: [ConcernLink], limit: Int) -> (drawn: [ConcernLink], leftOut: LeftOut?) {
        guard links.count > limit else { return (links, nil) }
        let ranked = links.indices.sorted { a, b in
            let (x, y) = (links[a], links[b])
            if x.isInternal != y.isInternal { return !x.isInternal }
            if x.worstLowerBound != y.worstLowerBound { return x.worstLowerBound }
            if x.bits != y.bits { return x.bits > y.bits }
            return a < b
        }
        let kept = Set(ranked.prefix(limit))
        let dropped = ranked.dropFirst(limit).map { links[$0] }
        let leftOut = LeftOut(drawn: limit, total: links.count, flows: dropped.reduce(0) { $0 + $1.artifacts.count },
                              insideModules: dropped.filter(\.isInternal).count)
        return (links.indices.filter { kept.contains($0) }.map { links[$0] }, leftOut)
    }

    /// What a capped view did not draw, said on the diagram and on standard error.
    struct LeftOut: Sendable, Equatable {
        var drawn: Int
        var total: Int
        /// Artifact flows in the links left out.
        var flows: Int
        /// Links left out that cross no seam.
        var insideModules: Int

        /// Two sentences: what is drawn, what is not.
        var lines: [String] {
            ["\(drawn) of \(total) arrows drawn (the most this view draws)",
             "left out: the \(total - drawn) with the fewest open bits (\(insideModules) inside one module), carrying \(flows) artifact flows"]
        }

        var text: String { lines.joined(separator: "; ") }
    }
}
