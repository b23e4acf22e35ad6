/// Decision points hidden in prose: each vague term is a yes/no the reader must guess.
public enum TextRules {
    public static let vague = DecisionRule(
        id: "text.vague",
        fires: "a vague term in an interface's or payload's prose",
        trigger: .structure("a term of the catalog's `vague-terms` (plus the project's), as whole words, in an `about`, "
                             + "in an interface's `done`, `on-error` or `delivery`, or in a prose payload"),
        examples: RuleExamples(
            open: [.interface("on-error: fail\ndone: schema-valid\npayload: { fields: { note: string } }\nabout: Send the relevant notes.")],
            closed: [.interface("on-error: fail\ndone: schema-valid\npayload: { fields: { note: string } }\nabout: Send the notes.")]))

    public static let all = [vague]
}
