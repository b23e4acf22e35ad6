/// The five reasons that make orchestration worth its overhead.
public enum OrchestrationSignal: String, Sendable, Hashable, CaseIterable {
    /// Concerns with different effects (none, reversible, irreversible) want different care.
    case riskProfiles = "risk-profiles"
    /// A person's approval makes the flow wait.
    case humanWait = "human-wait"
    /// Work before an effect must not be redone after a crash.
    case crashRecovery = "crash-recovery"
    /// Concerns need different tool sets.
    case multipleSpecialists = "multiple-specialists"
    /// The task must leave an auditable trail.
    case audit
}

/// Whether to orchestrate several modules at all, or stay with a single agent.
public struct Verdict: Sendable, Hashable {
    public var orchestrate: Bool
    public var signals: [OrchestrationSignal]
    /// Total load of the task against one module's budget.
    public var totalLoad: Double
    public var budget: Double
    public var reason: String
}
