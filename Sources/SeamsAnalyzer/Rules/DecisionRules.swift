/// The registry of every decision point Seams knows. The catalog file must hold an entry for
/// each; a project may re-weight or disable them but not invent one.
public enum DecisionRules {
    public static let all: [DecisionRule] = FieldRules.all + NameRules.all + InterfaceRules.all + DocumentRules.all + TextRules.all

    /// Every id, in registry order.
    public static let ids = all.map(\.id)

    /// The rule with this id.
    public static func rule(_ id: String) -> DecisionRule? { all.first { $0.id == id } }
}
