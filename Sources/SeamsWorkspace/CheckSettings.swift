public import SeamsModel

/// Which findings fail the gate: only errors, or warnings too.
public enum FailOn: String, Sendable, Hashable, CaseIterable {
    case error, warning

    /// True when a finding of this severity fails the gate.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity == .error
        case .warning: severity == .error || severity == .warning
        }
    }
}

/// The `check:` section of `.seams.yml`: the CI gate's thresholds and severities, kept in the
/// project so that `seams check` needs no flags in CI. Flags given on the command line win.
public struct CheckSettings: Sendable {
    /// Most open bits one document may leave, summed over its interfaces and findings.
    public var maxOpenBits: Located<Double>?
    /// Most open bits one interface may leave.
    public var maxInterfaceBits: Located<Double>?
    public var failOn: Located<FailOn>?
    /// Catalog severities replaced by the project, by decision id.
    public var severities: [(id: Located<String>, severity: Severity)] = []

    public init() {}

    /// The severity a finding of `id` has under this project: its override, else the catalog's.
    public func severity(of id: String, default catalogSeverity: Severity) -> Severity {
        severities.last(where: { $0.id.value == id })?.severity ?? catalogSeverity
    }
}
