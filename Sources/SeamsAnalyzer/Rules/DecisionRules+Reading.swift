public import SeamsModel

extension DecisionRules {
    /// True when `id` names a registered rule; otherwise reports `catalog.entry` with a
    /// did-you-mean (as the diagnostic's suggestion) and returns false.
    public static func check(_ id: Located<String>, reader: inout NodeReader, example: String = "field.type") -> Bool {
        guard !ids.contains(id.value) else { return true }
        let hint = NearestName.suggestion(for: id.value, among: ids)
        reader.report("catalog.entry", at: id.location, "no decision point '\(id.value)'",
                      fix: hint.map { "rename it to '\($0)'" } ?? "use an id listed by `seams rules`, e.g. \(example)", suggestion: hint)
        return false
    }
}
