public import SeamsModel
import SeamsWorkspace
import SeamsAnalyzer

/// One document checked against its gate: every finding, and whether it passed.
public struct DocumentCheck: Sendable {
    /// The document as the user named it.
    public var document: String
    public var limits: GateLimits
    public var openBits: Double
    public var isLowerBound: Bool
    /// Every interface, sorted by name, with its open bits: JUnit writes one test case each.
    public var interfaces: [InterfaceCheck]
    /// Every finding, sorted by location.
    public var findings: [Finding]
    /// For a spec (no modules): the artifacts checked because a cut could expose them; nil for a decomposition.
    public var specArtifacts: [String]? = nil

    /// How a spec was checked, in one line; nil for a decomposition.
    public var specNote: String? {
        guard let artifacts = specArtifacts else { return nil }
        if artifacts.isEmpty { return "checked as a spec: no artifact is shared by two concerns, so no cut exposes one" }
        return "checked as a spec: \(artifacts.count) artifact\(artifacts.count == 1 ? "" : "s") any cut could expose "
            + "(\(artifacts.joined(separator: ", ")))"
    }

    /// Findings that fail the gate: they count against the baseline and their severity fails.
    public var failing: [Finding] { findings.filter(fails) }

    /// Findings that count but stay below the gate's `fail-on`: shown after the failing ones,
    /// and the gate passes on them.
    public var openBelowGate: [Finding] { findings.filter { $0.status.counts && !fails($0) } }

    public var passed: Bool { !findings.contains(where: fails) }

    /// True when this finding fails this document's gate.
    public func fails(_ finding: Finding) -> Bool {
        finding.status.counts && limits.failOn.fails(finding.severity)
    }
}

/// An interface's part of a check.
public struct InterfaceCheck: Sendable, Hashable {
    /// `from->to`.
    public var name: String
    public var openBits: Double
    public var isLowerBound: Bool
    public var location: SourceLocation
}
