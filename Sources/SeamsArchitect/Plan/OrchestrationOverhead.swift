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

    public var overheadTokens: Int { planTokens - singleAgentTokens }
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
        func artifactTokens(_ weight: Double) -> Int { Self.artifactBaseTokens + Int((Double(Self.tokensPerBit) * weight).rounded()) }
        let totalLoad = moduleLoads.reduce(0, +)
        singleAgentTokens = Self.systemTokens + Int((Double(Self.concernTokens) * totalLoad).rounded())
            + allArtifacts.reduce(0) { $0 + artifactTokens($1) }
        if moduleLoads.count <= 1 {
            planTokens = singleAgentTokens
            return
        }
        var plan = 0
        for (load, artifacts) in zip(moduleLoads, moduleArtifacts) {
            plan += Self.systemTokens + Int((Double(Self.concernTokens) * load).rounded()) + artifacts.reduce(0) { $0 + artifactTokens($1) }
        }
        plan += 2 * Self.interfaceTokens * interfaces
        plan += Self.systemTokens + Self.moduleSummaryTokens * moduleLoads.count + Self.interfaceTokens * interfaces
        planTokens = plan
    }
}
