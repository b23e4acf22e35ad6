import SeamsAnalyzer

/// `seams diff` for a review: totals, then each changed interface with its open bits and
/// coupling before and after, and the decisions it opened or closed.
public enum DiffText {
    public static func render(_ diff: ScoreDiff) -> String {
        var out = ["seams diff: \(diff.oldDocument) -> \(diff.newDocument)"]
        out.append("  open bits " + change(diff.oldOpenBits, diff.oldLowerBound, diff.newOpenBits, diff.newLowerBound))
        for interface in diff.changes {
            let bits = change(interface.oldBits, interface.oldLowerBound, interface.newBits, interface.newLowerBound)
            let coupling = change(interface.oldCoupling, false, interface.newCoupling, false)
            let mark = interface.oldBits == nil ? " (added)" : interface.newBits == nil ? " (removed)" : ""
            out.append("  \(interface.name)\(mark): open bits \(bits) · coupling \(coupling)")
            for decision in interface.closed { out.append("    closed  \(line(decision))") }
            for decision in interface.opened { out.append("    opened  \(line(decision))") }
        }
        if diff.changes.isEmpty { out.append("  no interface changed") }
        if diff.unchanged > 0 { out.append("  \(diff.unchanged) interface\(diff.unchanged == 1 ? "" : "s") unchanged") }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ diff: ScoreDiff) -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        func decisions(_ list: [ScoreDiff.DecisionChange]) -> JSONValue {
            .array(list.map { .object([("rule", .string($0.rule)), ("subject", .string($0.subject)),
                                       ("bits", .number($0.bits)), ("lowerBound", .bool($0.isLowerBound))]) })
        }
        return .object([
            ("seams", .number(1)),
            ("old", .object([("document", .string(diff.oldDocument)), ("openBits", .number(diff.oldOpenBits)),
                             ("lowerBound", .bool(diff.oldLowerBound))])),
            ("new", .object([("document", .string(diff.newDocument)), ("openBits", .number(diff.newOpenBits)),
                             ("lowerBound", .bool(diff.newLowerBound))])),
            ("interfaces", .array(diff.changes.map { change in
                .object([("interface", .string(change.name)),
                         ("oldOpenBits", number(change.oldBits)), ("newOpenBits", number(change.newBits)),
                         ("oldCoupling", number(change.oldCoupling)), ("newCoupling", number(change.newCoupling)),
                         ("opened", decisions(change.opened)), ("closed", decisions(change.closed))])
            })),
            ("unchanged", .number(Double(diff.unchanged))),
        ])
    }

    /// `≥20 -> 0 (-20)`, `– -> 3 (+3)`.
    static func change(_ old: Double?, _ oldBound: Bool, _ new: Double?, _ newBound: Bool) -> String {
        func text(_ value: Double?, _ bound: Bool) -> String { value.map { (bound ? "≥" : "") + NumberText.decimal($0) } ?? "–" }
        let delta = NumberText.rounded((new ?? 0) - (old ?? 0))
        let sign = delta > 0 ? "+" : ""
        return "\(text(old, oldBound)) -> \(text(new, newBound))" + (delta == 0 ? "" : " (\(sign)\(NumberText.decimal(delta)))")
    }

    static func line(_ decision: ScoreDiff.DecisionChange) -> String {
        "\(decision.rule)  \(decision.subject)  \(decision.isLowerBound ? "≥" : "")\(NumberText.decimal(decision.bits))"
    }
}
