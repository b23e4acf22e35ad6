/// Decision points of a handoff: what it carries and its contract clauses.
public enum InterfaceRules {
    public static let payload = DecisionRule(
        id: "interface.payload",
        fires: "an interface carries nothing declared",
        trigger: .structure("an interface without `carries` or `payload`, or carrying an artifact nobody declares"),
        examples: RuleExamples(open: [.interface("on-error: fail\ndone: schema-valid")],
                               closed: [.interface("on-error: fail\ndone: schema-valid\npayload: { fields: { note: { type: string } } }")]))

    public static let prose = DecisionRule(
        id: "interface.prose",
        fires: "the payload is prose only; it names the content, not its structure",
        trigger: .structure("an inline payload given as `prose:`, or an artifact with an `about` but no `fields`"),
        examples: RuleExamples(open: [.interface("on-error: fail\ndone: schema-valid\npayload: { prose: A summary. }")],
                               closed: [.interface("on-error: fail\ndone: schema-valid\npayload: { fields: { summary: { type: string } } }")]))

    public static let onError = DecisionRule(
        id: "interface.on-error",
        fires: "the interface has no error semantics",
        trigger: .structure("an interface (written or implied) without `on-error`"),
        examples: RuleExamples(open: [.interface("done: schema-valid\npayload: { fields: { note: string } }")],
                               closed: [.interface("done: schema-valid\npayload: { fields: { note: string } }\non-error: retry")]))

    public static let done = DecisionRule(
        id: "interface.done",
        fires: "the interface has no completion criterion",
        trigger: .structure("an interface (written or implied) without `done`"),
        examples: RuleExamples(open: [.interface("on-error: fail\npayload: { fields: { note: string } }")],
                               closed: [.interface("on-error: fail\npayload: { fields: { note: string } }\ndone: schema-valid")]))

    public static let delivery = DecisionRule(
        id: "interface.delivery",
        fires: "the consumer performs an effect and the interface gives no delivery guarantee",
        trigger: .structure("an interface whose consumer holds a concern with an effect, without `delivery`: a lost or repeated message would skip or repeat the effect"),
        examples: RuleExamples(open: [.document(deliveryDocument(""))],
                               closed: [.document(deliveryDocument(", delivery: at-least-once"))]))

    static func deliveryDocument(_ clause: String) -> String {
        """
        seams: 1
        defaults: { required: true }
        artifacts:
          x: { fields: { note: { type: string } } }
        concerns:
          produce: { writes: [x] }
          consume: { reads: [x], effect: reversible }
        modules:
          a: { concerns: [produce] }
          b: { concerns: [consume] }
        interfaces:
          - { from: a, to: b, carries: [x], on-error: fail, done: schema-valid\(clause) }
        """
    }

    public static let all = [payload, prose, onError, done, delivery]
}
