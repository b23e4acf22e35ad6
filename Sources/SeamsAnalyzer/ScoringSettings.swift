public import SeamsModel

/// What the analyzer takes from a project beyond the catalog: the policy thresholds and the
/// default attention budget. Nothing about the CI gate: scoring never depends on how a score
/// is judged.
public struct ScoringSettings: Sendable {
    /// Policy thresholds the project sets; a document's own `policy:` wins over them.
    public var policy: PolicyOverrides
    /// The attention budget for documents that set none.
    public var attention: Double?

    public init(policy: PolicyOverrides = PolicyOverrides(), attention: Double? = nil) {
        self.policy = policy
        self.attention = attention
    }
}
