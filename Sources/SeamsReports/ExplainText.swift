public import SeamsAnalyzer
public import SeamsModel

/// `seams explain`: every open decision down to the line that causes it, its alternatives and fix.
public enum ExplainText {
    /// All interfaces with open decisions (worst first), then document-wide findings.
    /// `unread`: what an importer could not read (`Document.unreadParts`); then nothing is called fully specified.
    public static func renderAll(_ score: DocumentScore, style: TextStyle = .plain, unread: [Diagnostic] = []) -> String {
        var sections = ScoreText.worstFirst(score.interfaces).filter { !$0.decisions.isEmpty }.map { interface($0, score: score, style: style) }
        if !score.findings.isEmpty {
            sections.append(style.bold("Document-wide") + "\n" + score.findings.map { decision($0, style: style) }.joined(separator: "\n"))
        }
        for gap in unread { sections.insert(style.bold("Not read") + "\n  \(gap.location): \(gap.message)", at: 0) }
        if sections.isEmpty { return "\(score.document): every interface is fully specified (0 open bits).\n" }
        return sections.joined(separator: "\n\n") + "\n"
    }

    public static func interface(_ interface: InterfaceScore, score: DocumentScore, style: TextStyle = .plain) -> String {
        let bound = interface.isLowerBound ? "≥" : ""
        var lines = [
            style.bold("\(interface.from) -> \(interface.to)") + style.dim((interface.isWritten ? "  written at \(interface.location)" : "  implied at \(interface.location)")
                + (interface.implicitRule.map { "  implicit context [\($0)]" } ?? "")),
            "  carries: " + (interface.carries.isEmpty ? "inline payload" : interface.carries.joined(separator: ", ")),
            "  open \(style.bits(bound + NumberText.decimal(interface.openBits), interface.openBits, threshold: score.policy.isolateMaxOpenBits)) bits"
                + " of \(NumberText.decimal(interface.weight)) · coverage \(ScoreText.percent(interface.coverage))",
        ]
        if interface.isLowerBound {
            lines.append(style.dim("  ≥: an undeclared or prose payload hides decisions that cannot be counted; declaring its fields may raise the count."))
        }
        let sorted = interface.decisions.sorted { ($1.bits, $0.location, $0.id) < ($0.bits, $1.location, $1.id) }
        lines.append(contentsOf: sorted.map { decision($0, style: style) })
        if interface.decisions.isEmpty { lines.append("  fully specified: nothing left to guess") }
        return lines.joined(separator: "\n")
    }

    public static func decision(_ decision: OpenDecision, style: TextStyle = .plain) -> String {
        let bits = (decision.isLowerBound ? "≥" : "") + NumberText.fixed(decision.bits)
        return [
            "  \(style.yellow(bits))  \(decision.id)  \(decision.subject)",
            "        at \(decision.location)",
            "        \(decision.question) \(decision.alternatives.joined(separator: " | "))",
            "        fix: \(decision.fix)",
        ].joined(separator: "\n") + (decision.isShared
            ? "\n        " + style.dim("shared: the producer leaves it open once for every interface that carries this payload; the totals count it once")
            : "")
    }

    /// `concernLoads`, when given, says where each concern's load comes from (stated, or derived and how).
    public static func module(_ module: ModuleScore, score: DocumentScore, concernLoads: [(id: String, load: Double, source: String)] = [],
                              style: TextStyle = .plain) -> String {
        var lines = [
            style.bold(module.id) + style.dim("  \(module.concerns.count) concerns"),
            "  load \(NumberText.decimal(module.load)) of \(NumberText.decimal(module.budget)) · advice: \(module.advice.rawValue) (\(module.reason))",
            "  brief: \(Int(module.brief.fraction * 4))/4" + (module.brief.missing.isEmpty ? "" : ", missing \(module.brief.missing.joined(separator: ", "))"),
        ]
        if !module.concerns.isEmpty { lines.append("  concerns: \(module.concerns.joined(separator: ", "))") }
        if !concernLoads.isEmpty {
            lines.append("  load by concern:")
            for entry in concernLoads { lines.append("    \(NumberText.decimal(entry.load))  \(entry.id)  (\(entry.source))") }
        }
        let touching = score.interfaces.filter { $0.from == module.id || $0.to == module.id }
        if !touching.isEmpty {
            lines.append("  interfaces:")
            for interface in ScoreText.worstFirst(touching) {
                lines.append("    \((interface.isLowerBound ? "≥" : "") + NumberText.fixed(interface.openBits)) open  \(interface.from) -> \(interface.to)")
            }
        }
        let pairs = score.pairs.filter { $0.modules.contains(module.id) }
        if !pairs.isEmpty {
            lines.append("  pairs:")
            for pair in pairs {
                let other = pair.modules.first { $0 != module.id } ?? module.id
                lines.append("    \(pair.isolation.rawValue) with \(other): \(pair.reason)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
