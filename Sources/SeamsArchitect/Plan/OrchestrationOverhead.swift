import SeamsAnalyzer

/// The context tokens a plan costs against one agent holding everything, under a stated model.
///
/// Token model (documented so the figure can be audited and re-derived):
/// - every agent, and the orchestrator, starts from a system prompt of `systemTokens`;
/// - a concern costs `concernTokens` × its load (its instructions and working notes);
/// - an artifact costs `artifactBaseTokens` + `tokensPerBit` × its information weight (its schema),
///   in every agent that reads or writes it;
/// - every interface costs `interfaceTokens` twice: once in its producer and once in its consumer
///   (the contract clauses), and once more in the orchestrator, which also holds
///   `moduleSummaryTokens` per module.
public struct OrchestrationOverhead: Sendable, Hashable {
    public static let systemTokens = 400
    public static let concernTokens = 120
    public static let artifactBaseTokens = 40
    public static let tokensPerBit = 8
    public static let interfaceTokens = 60
    public static let moduleSummaryTokens = 30

    /// Context tokens of one agent holding every concern and artifact.
    public var singleAgentTokens: Int
    /// Context tokens summed over the plan's agents and its orchestrator.
    public var planTokens: Int

    public var overheadTokens: Int { planTokens - singleAgentTokens }  // both are 0 or more: cannot overflow
    public var ratio: Double { singleAgentTokens > 0 ? Double(planTokens) / Double(singleAgentTokens) : 1 }

    /// One line stating the model, for reports.
    public static let modelDescription = "\(systemTokens) per agent prompt, \(concernTokens) per unit of concern load, "
        + "\(artifactBaseTokens) + \(tokensPerBit)/bit per artifact in each agent touching it, "
        + "\(interfaceTokens) per interface at each end and in the orchestrator, \(moduleSummaryTokens) per module in the orchestrator"

    /// - Parameters:
    ///   - moduleLoads: per module, the summed load of its concerns.
    ///   - moduleArtifacts: per module, the weights of the artifacts its concerns touch.
    ///   - allArtifacts: the weights of every artifact any concern touches.
    ///   - interfaces: the number of interfaces.
    public init(moduleLoads: [Double], moduleArtifacts: [[Double]], allArtifacts: [Double], interfaces: Int) {
        // Summed in Double (exact for whole numbers below 2^53) and converted once, saturating:
        // input ranges keep real plans far below Int's limits, and nothing here may trap.
        func artifactTokens(_ weight: Double) -> Double { Double(Self.artifactBaseTokens) + (Double(Self.tokensPerBit) * weight).rounded() }
        func agentTokens(load: Double, artifacts: [Double]) -> Double {
            Double(Self.systemTokens) + (Double(Self.concernTokens) * load).rounded() + artifacts.reduce(0) { $0 + artifactTokens($1) }
        }
        let single = agentTokens(load: moduleLoads.reduce(0, +), artifacts: allArtifacts)
        singleAgentTokens = NumberText.saturatingInt(single)
        if moduleLoads.count <= 1 {
            planTokens = singleAgentTokens
            return
        }
        var plan = zip(moduleLoads, moduleArtifacts).reduce(0.0) { $0 + agentTokens(load: $1.0, artifacts: $1.1) }
        plan += Double(2 * Self.interfaceTokens) * Double(interfaces)
        plan += Double(Self.systemTokens) + Double(Self.moduleSummaryTokens) * Double(moduleLoads.count) + Double(Self.interfaceTokens) * Double(interfaces)
        planTokens = NumberText.saturatingInt(plan)
    }
}
