/// Decision points of a field's structure: its type, presence, and for arrays and objects what
/// they hold. Raised by `FieldEvaluator` for every field of a payload.
public enum FieldRules {
    public static let type = DecisionRule(
        id: "field.type",
        fires: "a field has no type (and no items or fields that imply one)",
        trigger: .structure("a field without `type`, `items` or `fields`"),
        examples: RuleExamples(open: [.fields("note: {}")],
                               closed: [.fields("note: { type: string }"), .fields("tags: { items: { type: string }, ordering: unordered }")]))

    public static let items = DecisionRule(
        id: "field.items",
        fires: "an array has no item type",
        trigger: .structure("a field of `type: array` without `items`, or whose items have no type"),
        examples: RuleExamples(open: [.fields("tags: { type: array, ordering: unordered }")],
                               closed: [.fields("tags: { type: array, ordering: unordered, items: { type: string } }")]))

    public static let shape = DecisionRule(
        id: "field.shape",
        fires: "an object has no fields",
        trigger: .structure("a field of `type: object` without `fields`"),
        examples: RuleExamples(open: [.fields("meta: { type: object }")],
                               closed: [.fields("meta: { type: object, fields: { k: { type: string } } }")]))

    public static let presence = DecisionRule(
        id: "field.presence",
        fires: "required/optional is unstated and the document sets no default",
        trigger: .structure("a field without `required` in a document without `defaults: { required: … }`"),
        examples: RuleExamples(open: [.document(RuleExample.payloadDocument("note: { type: string }", defaults: false))],
                               closed: [.document(RuleExample.payloadDocument("note: { type: string, required: false }", defaults: false)),
                                        .fields("note: { type: string }")]))

    public static let ordering = DecisionRule(
        id: "field.ordering",
        fires: "an array without ordering",
        trigger: .structure("a field of `type: array` without `ordering`"),
        examples: RuleExamples(open: [.fields("tags: { type: array, items: { type: string } }")],
                               closed: [.fields("tags: { type: array, items: { type: string }, ordering: unordered }")]))

    public static let all = [type, items, shape, presence, ordering]
}
