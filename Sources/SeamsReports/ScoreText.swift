public import SeamsAnalyzer
import SeamsModel

/// `seams score` for people: totals and verdict first, then interfaces, pairs and modules,
/// each table worst first, so the line that needs attention is at the top.
public enum ScoreText {
    /// - Parameter rowLimit: the most rows per table (worst first); nil lists every row. Large
    ///   documents have tens of thousands of interfaces, and a terminal shows the worst ones best.
    public static func render(_ score: DocumentScore, style: TextStyle = .plain, rowLimit: Int? = nil) -> String {
        let tau = score.policy.isolateMaxOpenBits
        var out: [String] = []
        let bound = score.totals.isLowerBound ? "≥" : ""
        out.append(style.bold(score.document))
        out.append("  open bits \(style.bits(bound + NumberText.decimal(score.totals.openBits), score.totals.openBits, threshold: tau))"
                   + " of \(NumberText.decimal(score.totals.weight)) (coverage \(percent(score.totals.coverage)))"
                   + " · crossing weight \(NumberText.decimal(score.totals.crossingWeight))"
                   + " · \(count(score.totals.modules, "module")) · \(count(score.totals.interfaces, "interface"))")
        out.append("  verdict: " + (score.verdict.orchestrate ? "orchestrate" : "single agent") + " — \(score.verdict.reason)")
        if !score.sharedDecisions.isEmpty {
            out.append(style.dim("  each decision counted once, where it is caused; the interfaces together are exposed to "
                                 + bound + NumberText.decimal(score.totals.exposedBits) + " bits"))
        }

        if !score.interfaces.isEmpty {
            out.append("")
            out.append(style.bold("Interfaces") + style.dim(" (worst first)"))
            var table = TextTable(headers: ["open", "weight", "cover", "interface", "carries"],
                                  alignments: [.right, .right, .right, .left, .left])
            let sorted = Array(worstFirst(score.interfaces).prefix(rowLimit ?? .max))
            for interface in sorted {
                table.rows.append([(interface.isLowerBound ? "≥" : "") + NumberText.fixed(interface.openBits),
                                   NumberText.fixed(interface.weight), percent(interface.coverage),
                                   "\(interface.from) -> \(interface.to)" + (interface.isWritten ? "" : " (implied)") + (interface.implicitRule == nil ? "" : " (implicit context)"),
                                   interface.carries.isEmpty ? "inline payload" : interface.carries.joined(separator: ", ")])
            }
            table.style = { row, column, text in column == 0 ? style.bits(text, sorted[row].openBits, threshold: tau) : text }
            out.append(table.rendered(header: style.dim))
            out.append(contentsOf: more(score.interfaces.count - sorted.count, "interfaces", style: style))
        }
        if !score.findings.isEmpty {
            out.append("")
            out.append(style.bold("Document findings"))
            for finding in score.findings.sorted(by: { ($1.bits, $0.location) < ($0.bits, $1.location) }) {
                out.append("  \(NumberText.fixed(finding.bits))  \(finding.id)  \(finding.subject)  \(style.dim(finding.location.description))")
            }
        }
        if !score.sharedDecisions.isEmpty {
            out.append("")
            out.append(style.bold("Counted once at the cause") + style.dim(" (a payload several interfaces carry)"))
            let sorted = score.sharedDecisions.sorted { ($1.decision.bits, $0.decision.location, $0.decision.id, $0.decision.subject)
                < ($0.decision.bits, $1.decision.location, $1.decision.id, $1.decision.subject) }
            for shared in sorted.prefix(rowLimit ?? .max) {
                let bits = (shared.decision.isLowerBound ? "≥" : "") + NumberText.fixed(shared.decision.bits)
                out.append("  \(bits)  \(shared.decision.id)  \(shared.decision.subject)  \(shared.consumerText(limit: 4))  \(style.dim(shared.decision.location.description))")
            }
            out.append(contentsOf: more(score.sharedDecisions.count - min(sorted.count, rowLimit ?? .max), "shared decisions", style: style))
        }
        if !score.pairs.isEmpty {
            out.append("")
            out.append(style.bold("Pairs") + style.dim(" (τ = \(NumberText.decimal(tau)) bits, ρ = \(NumberText.decimal(score.policy.shareContextRatio)))"))
            var table = TextTable(headers: ["coupling", "open", "kind", "isolation", "modules"],
                                  alignments: [.right, .right, .left, .left, .left])
            let sorted = Array(score.pairs.sorted { (severityRank($0.isolation), -$0.coupling, $0.modules[0], $0.modules[1])
                < (severityRank($1.isolation), -$1.coupling, $1.modules[0], $1.modules[1]) }.prefix(rowLimit ?? .max))
            for pair in sorted {
                table.rows.append([NumberText.fixed(pair.coupling), NumberText.fixed(pair.openBits), pair.kind.rawValue,
                                   pair.isolation.rawValue, pair.modules.joined(separator: " <-> ")])
            }
            out.append(table.rendered(header: style.dim))
            out.append(contentsOf: more(score.pairs.count - sorted.count, "pairs", style: style))
        }
        if !score.modules.isEmpty {
            out.append("")
            out.append(style.bold("Modules"))
            var table = TextTable(headers: ["load", "brief", "advice", "module", "missing from brief"],
                                  alignments: [.right, .right, .left, .left, .left])
            let sorted = Array(score.modules.sorted { (severityRank($0.advice), $0.brief.fraction, $0.id)
                < (severityRank($1.advice), $1.brief.fraction, $1.id) }.prefix(rowLimit ?? .max))
            for module in sorted {
                table.rows.append(["\(NumberText.decimal(module.load))/\(NumberText.decimal(module.budget))",
                                   "\(Int(module.brief.fraction * 4))/4", advice(module), module.id,
                                   module.brief.missing.joined(separator: ", ")])
            }
            out.append(table.rendered(header: style.dim))
            out.append(contentsOf: more(score.modules.count - sorted.count, "modules", style: style))
        }
        if let worst = worstFirst(score.interfaces).first, worst.openBits > 0 {
            out.append("")
            out.append(style.dim("  Explain the worst: seams explain \(score.document) --interface '\(worst.from)->\(worst.to)'"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Most open bits first; ties by name, so the order never changes between runs.
    static func worstFirst(_ interfaces: [InterfaceScore]) -> [InterfaceScore] {
        interfaces.sorted { ($1.openBits, $0.from, $0.to) < ($0.openBits, $1.from, $1.to) }
    }

    private static func more(_ hidden: Int, _ what: String, style: TextStyle) -> [String] {
        hidden > 0 ? [style.dim("  … \(hidden) more \(what); --all lists every row, --format json gives them all")] : []
    }

    /// Worst boundary first: share-context, then harden-then-isolate, then isolate.
    static func severityRank(_ isolation: Isolation) -> Int {
        switch isolation {
        case .shareContext: 0
        case .hardenThenIsolate: 1
        case .isolate: 2
        }
    }

    /// Split first, then merge, then keep.
    static func severityRank(_ advice: ModuleAdvice) -> Int {
        switch advice {
        case .split: 0
        case .merge: 1
        case .keep: 2
        }
    }

    /// A module's advice as every table shows it: `merge with PARTNER` when the architect named a
    /// partner, else the advice; `escape` makes the partner's id safe in the table's markup.
    static func advice(_ module: ModuleScore, escape: (String) -> String = { $0 }) -> String {
        module.mergeWith.map { "merge with " + escape($0) } ?? module.advice.rawValue
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func percent(_ fraction: Double) -> String {
        "\(NumberText.percent(fraction))%"
    }
}
