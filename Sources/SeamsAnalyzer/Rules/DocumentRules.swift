/// Decision points that belong to no single interface: document findings, counted in the totals.
public enum DocumentRules {
    public static let owner = DecisionRule(
        id: "artifact.owner",
        fires: "two modules write one artifact and it has no conflict rule",
        trigger: .structure("an artifact written by concerns of two or more modules, without `on-conflict`"),
        examples: RuleExamples(open: [.document(ownerDocument(""))], closed: [.document(ownerDocument(", on-conflict: reject"))]))

    public static let gate = DecisionRule(
        id: "flow.gate",
        fires: "an irreversible effect with no human gate and no explicit gate none upstream",
        trigger: .structure("a concern with `effect: irreversible` and no `gate: human` (or `gate: none`) on it or upstream"),
        examples: RuleExamples(open: [.document(gateDocument(""))], closed: [.document(gateDocument(", gate: human"))]))

    static func ownerDocument(_ rule: String) -> String {
        """
        seams: 1
        defaults: { required: true }
        artifacts:
          ledger: { fields: { note: { type: string } }\(rule) }
        concerns:
          first: { writes: [ledger] }
          second: { writes: [ledger] }
        modules:
          a: { concerns: [first] }
          b: { concerns: [second] }
        """
    }

    static func gateDocument(_ upstream: String) -> String {
        """
        seams: 1
        concerns:
          decide: { writes: [verdict]\(upstream) }
          pay: { reads: [verdict], effect: irreversible }
        """
    }

    public static let all = [owner, gate]
}
