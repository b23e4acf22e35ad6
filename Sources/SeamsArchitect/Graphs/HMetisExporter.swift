public import SeamsPartitioning

/// Writes a spec's hypergraph in hMETIS format (fmt 11): one line per artifact touched by two or
/// more concerns, pins numbered by the concerns' document order from 1, then one load per concern.
/// hMETIS weights are integers: when a weight is fractional, every weight of that kind is scaled
/// by 100 and rounded, and a `%` comment says so. Zero-weight nets are left out (they never cost).
public enum HMetisExporter {
    public static func render(_ graph: Hypergraph, concernIDs: [String]) -> String {
        let netsKept = (0..<graph.netCount).filter { graph.netWeights[$0] > 0 }
        let netScale = graph.netWeights.allSatisfy { $0 == $0.rounded() } ? 1.0 : 100.0
        let vertexScale = graph.vertexWeights.allSatisfy { $0 == $0.rounded() } ? 1.0 : 100.0
        var lines: [String] = ["% hypergraph of a Seams spec: vertex i is the i-th concern in document order (first: \(concernIDs.first ?? "none"))"]
        if netScale != 1 { lines.append("% net weights are information bits × 100, rounded") }
        if vertexScale != 1 { lines.append("% vertex weights are loads × 100, rounded") }
        lines.append("\(netsKept.count) \(graph.vertexCount) 11")
        for net in netsKept {
            let weight = max(1, Int((graph.netWeights[net] * netScale).rounded()))
            let pins = graph.pinRange(net).map { String(graph.pins[$0] + 1) }
            lines.append(([String(weight)] + pins).joined(separator: " "))
        }
        for weight in graph.vertexWeights { lines.append(String(max(1, Int((weight * vertexScale).rounded())))) }
        return lines.joined(separator: "\n") + "\n"
    }
}
