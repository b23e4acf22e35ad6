import SeamsModel
import OrderedCollections

/// What a spec (a document without modules) leaves open in the artifacts that any cut could
/// expose. Scored as one module, a spec has no interfaces and so 0 open bits, yet the plan made
/// from it puts every artifact that two concerns share on some interface. `check` gates these
/// decisions so that a spec fails where its plan would.
public struct SpecExposure: Sendable, Hashable {
    /// Artifacts read or written by two or more concerns, sorted by id: a cut between those
    /// concerns makes the artifact an interface payload.
    public var artifacts: [String]
    /// The open decisions of those artifacts, sorted by location.
    public var decisions: [OpenDecision]

    public var openBits: Double { decisions.reduce(0) { $0 + $1.bits } }
    public var isLowerBound: Bool { decisions.contains(where: \.isLowerBound) }

    /// The exposure of `document`'s artifacts, given each artifact's own decisions; nil for a decomposition.
    static func of(_ document: Document, artifactTallies: [String: DecisionTally]) -> SpecExposure? {
        guard !(document.hasModules && !document.modules.isEmpty), !document.concerns.isEmpty else { return nil }
        var touching: [String: Set<String>] = [:]
        for concern in document.concerns.values {
            for artifact in concern.reads + concern.writes { touching[artifact.value, default: []].insert(concern.id) }
        }
        let shared = touching.filter { $0.value.count > 1 }.keys.sorted()
        let decisions = shared.flatMap { artifactTallies[$0]?.open ?? [] }.sorted(by: OpenDecision.byLocation)
        return SpecExposure(artifacts: shared, decisions: decisions)
    }
}
