/// One decision point as a unit: its id, when it fires, and documents that show it open and
/// closed. The question, alternatives, severity and fix stay data in `catalog.yml` (a project
/// file may re-weight them); the rule is what the analyzer knows, so tests, `seams rules`, the
/// README table and SARIF help are all generated from it.
public struct DecisionRule: Sendable {
    /// The catalog id, e.g. `field.format.time`.
    public let id: String
    /// When the analyzer raises it, in words (shown by `seams rules`, the README and SARIF help).
    public let fires: String
    /// What makes it fire: words of a field's name, or a condition on the document's structure.
    public let trigger: RuleTrigger
    /// Snippets in which the decision is open (each raises it exactly once) and closed (never).
    public let examples: RuleExamples

    public init(id: String, fires: String, trigger: RuleTrigger, examples: RuleExamples) {
        self.id = id
        self.fires = fires
        self.trigger = trigger
        self.examples = examples
    }

    /// The name-driven trigger, when the rule has one.
    public var nameTrigger: NameTrigger? {
        if case .name(let trigger) = trigger { return trigger }
        return nil
    }
}

/// What makes a rule fire.
public enum RuleTrigger: Sendable {
    /// Whole words of the field's name (see `NameTrigger`).
    case name(NameTrigger)
    /// A condition on the document's structure, described in words.
    case structure(String)
}

/// The open and closed examples of a rule.
public struct RuleExamples: Sendable {
    public let open: [RuleExample]
    public let closed: [RuleExample]

    public init(open: [RuleExample], closed: [RuleExample]) {
        self.open = open
        self.closed = closed
    }
}
