public import SeamsAnalyzer
public import SeamsModel

/// The report as Markdown, for a pull-request comment or a CI job summary: the verdict and totals
/// first, then each table worst first and capped, open decisions folded under their interface.
public enum MarkdownReport {
    /// Rows per table; the HTML report lists every row.
    public static let rowLimit = 25

    public static func render(document: Document, score: DocumentScore, htmlReportName: String? = nil) -> String {
        var out: [String] = []
        let totals = score.totals
        let bound = totals.isLowerBound ? "≥" : ""
        let name = document.name.flatMap { $0.isEmpty ? nil : $0 } ?? score.document
        let worst = ScoreText.worstFirst(score.interfaces).first
        let mark = worst.map { BitsScale.band($0.openBits, lowerBound: $0.isLowerBound).emoji + " " } ?? ""
        out.append("## \(mark)Seams report: \(MarkdownText.escape(name))")
        out.append("")
        out.append("**\(bound)\(NumberText.decimal(totals.openBits)) open bits** of \(NumberText.decimal(totals.weight))"
                   + " (coverage \(ScoreText.percent(totals.coverage))) · crossing weight \(NumberText.decimal(totals.crossingWeight))"
                   + " · \(totals.modules) \(totals.modules == 1 ? "module" : "modules") · \(totals.interfaces) \(totals.interfaces == 1 ? "interface" : "interfaces") · `\(codeSpan(score.document))`")
        out.append("")
        out.append("**Verdict: " + (score.verdict.orchestrate ? "orchestrate" : "single agent") + "** — \(MarkdownText.escape(score.verdict.reason))")
        if totals.isLowerBound {
            out.append("")
            out.append("> ≥ marks a lower bound: an undeclared or prose payload hides decisions that cannot be counted.")
        }

        let interfaces = ScoreText.worstFirst(score.interfaces)
        if !interfaces.isEmpty {
            out += tableSection("Interfaces, worst first", header: "| | interface | carries | open bits | weight | coverage |",
                                alignment: "|---|---|---|--:|--:|--:|", rows: interfaces, htmlReportName: htmlReportName) { interface in
                let band = BitsScale.band(interface.openBits, lowerBound: interface.isLowerBound)
                return "| \(band.emoji) | \(interfaceName(interface)) | \(carries(interface)) | \(bits(interface.openBits, interface.isLowerBound))"
                    + " | \(NumberText.decimal(interface.weight)) | \(ScoreText.percent(interface.coverage)) |"
            }
        }

        let open = interfaces.filter { !$0.decisions.isEmpty }
        if !open.isEmpty || !score.findings.isEmpty {
            out.append("")
            out.append("### Open decisions and their fixes")
            for interface in open.prefix(rowLimit) {
                out.append("")
                out.append("<details><summary>\(interfaceName(interface)) — \(bits(interface.openBits, interface.isLowerBound)) bits,"
                           + " \(interface.decisions.count) \(interface.decisions.count == 1 ? "decision" : "decisions")</summary>")
                out.append("")
                out.append(contentsOf: decisionTable(interface.decisions))
                out.append("")
                out.append("</details>")
            }
            out.append(contentsOf: more(open.count, htmlReportName))
            if !score.findings.isEmpty {
                out.append("")
                out.append("<details><summary>Document-wide findings — \(score.findings.count)</summary>")
                out.append("")
                out.append(contentsOf: decisionTable(score.findings))
                out.append("")
                out.append("</details>")
            }
        }

        if !score.pairs.isEmpty {
            let title = "Module pairs (τ = \(NumberText.decimal(score.policy.isolateMaxOpenBits)) bits, ρ = \(NumberText.decimal(score.policy.shareContextRatio)))"
            out += tableSection(title, header: "| isolation | modules | coupling | kind | open bits |", alignment: "|---|---|--:|---|--:|",
                                rows: ReportOrder.pairs(score.pairs), htmlReportName: htmlReportName) { pair in
                "| \(pair.isolation.rawValue) | \(pair.modules.map(MarkdownText.escape).joined(separator: " ↔ ")) | \(NumberText.decimal(pair.coupling))"
                    + " | \(pair.kind.rawValue) | \(NumberText.decimal(pair.openBits)) |"
            }
        }

        if !score.modules.isEmpty {
            out += tableSection("Modules", header: "| advice | module | load | brief | missing from brief |", alignment: "|---|---|--:|--:|---|",
                                rows: ReportOrder.modules(score.modules), htmlReportName: htmlReportName) { module in
                let marks = (module.hasHumanGate ? " · human gate" : "") + (module.hasIrreversibleEffect ? " · irreversible" : "")
                return "| \(ScoreText.advice(module, escape: MarkdownText.escape)) | \(MarkdownText.escape(module.id))\(marks) | \(NumberText.decimal(module.load))/\(NumberText.decimal(module.budget))"
                    + " | \(Int(module.brief.fraction * 4))/4 | \(module.brief.missing.joined(separator: ", ")) |"
            }
        }

        let order = WorkflowOrder.compute(document: document, score: score)
        if !order.levels.isEmpty {
            out.append("")
            out.append("### Workflow order")
            out.append("")
            for (number, level) in order.levels.prefix(rowLimit).enumerated() {
                let shown = level.prefix(10).map(MarkdownText.escape).joined(separator: ", ") + (level.count > 10 ? " and \(level.count - 10) more" : "")
                out.append("\(number + 1). \(shown)" + (level.count > 1 ? " (in parallel)" : ""))
            }
            if order.levels.count > rowLimit { out.append("\n… and \(order.levels.count - rowLimit) more levels") }
            var notes: [String] = []
            if !order.approvalGates.isEmpty { notes.append("approval gates: " + list(order.approvalGates)) }
            if !order.checkpoints.isEmpty { notes.append("checkpoints after: " + list(order.checkpoints)) }
            if !order.cycles.isEmpty { notes.append("cycles: " + order.cycles.map { list($0) }.joined(separator: "; ")) }
            if !notes.isEmpty {
                out.append("")
                out.append(notes.joined(separator: " · "))
            }
        }

        out.append("")
        out.append("<sub>Open bits: " + BitsScale.bands.map { "\($0.emoji) \($0.range)" }.joined(separator: " · ")
                   + ". Same input, same report: generated by `seams report`.</sub>")
        return out.joined(separator: "\n") + "\n"
    }

    static func decisionTable(_ decisions: [OpenDecision]) -> [String] {
        var lines = ["| bits | decision | subject | where | fix |", "|--:|---|---|---|---|"]
        for decision in decisions.sorted(by: ReportOrder.decision) {
            lines.append("| \(bits(decision.bits, decision.isLowerBound)) | \(decision.id) | \(MarkdownText.escape(decision.subject))"
                         + " | \(MarkdownText.escape(decision.location.description)) | \(MarkdownText.escape(decision.fix)) |")
        }
        return lines
    }

    static func interfaceName(_ interface: InterfaceScore) -> String {
        "\(MarkdownText.escape(interface.from)) → \(MarkdownText.escape(interface.to))" + (interface.isWritten ? "" : " (implied)")
            + (interface.implicitRule.map { " (implicit context, \($0))" } ?? "")
    }

    static func carries(_ interface: InterfaceScore) -> String {
        interface.carries.isEmpty ? "inline payload" : interface.carries.map(MarkdownText.escape).joined(separator: ", ")
    }

    static func bits(_ value: Double, _ lowerBound: Bool) -> String {
        (lowerBound ? "≥" : "") + NumberText.decimal(value)
    }

    static func list(_ ids: [String]) -> String {
        ids.prefix(10).map(MarkdownText.escape).joined(separator: ", ") + (ids.count > 10 ? " and \(ids.count - 10) more" : "")
    }

    /// A code span that cannot be closed early: backticks become apostrophes.
    static func codeSpan(_ text: String) -> String {
        String(text.map { $0 == "`" ? "'" : ($0.isNewline ? " " : $0) })
    }

    /// A `###` section holding a table: heading, header and alignment rows, the first `rowLimit`
    /// rows, and a line saying how many more the HTML report has.
    static func tableSection<Row>(_ title: String, header: String, alignment: String, rows: [Row], htmlReportName: String?,
                                  _ line: (Row) -> String) -> [String] {
        ["", "### \(title)", "", header, alignment] + rows.prefix(rowLimit).map(line) + more(rows.count, htmlReportName)
    }

    static func more(_ count: Int, _ html: String?) -> [String] {
        guard count > rowLimit else { return [] }
        return ["", "… and \(count - rowLimit) more" + (html.map { " in [the HTML report](\($0))" } ?? "") + "."]
    }
}
