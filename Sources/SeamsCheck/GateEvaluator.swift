public import SeamsWorkspace
public import SeamsAnalyzer
public import SeamsModel

/// Turns a score into gate findings: each open decision with its project severity, plus the
/// thresholds crossed. Pure: the same score and limits give the same findings.
public enum GateEvaluator {
    /// `imported` are the document's import warnings; those `ImportRule` knows become findings.
    public static func check(_ score: DocumentScore, limits: GateLimits, settings: CheckSettings, imported: [Diagnostic] = []) -> DocumentCheck {
        var findings = ImportRule.findings(imported, document: score.document, settings: settings)
        var interfaces: [InterfaceCheck] = []
        for interface in score.interfaces {
            interfaces.append(InterfaceCheck(name: interface.name, openBits: interface.openBits,
                                             isLowerBound: interface.isLowerBound, location: interface.location))
            // A shared payload's decisions are reported once, at their cause, below.
            for decision in interface.decisions where !decision.isShared {
                findings.append(finding(decision, document: score.document, interface: interface.name, settings: settings))
            }
            if let limit = limits.maxInterfaceBits, NumberText.rounded(interface.openBits) > NumberText.rounded(limit) {
                let bits = (interface.isLowerBound ? "≥" : "") + NumberText.decimal(interface.openBits)
                findings.append(Finding(
                    document: score.document, interface: interface.name, rule: GateRule.maxInterfaceBits, subject: interface.name,
                    bits: interface.openBits, isLowerBound: interface.isLowerBound, severity: .error, location: interface.location,
                    message: "\(interface.name) leaves \(bits) open bits, over the limit of \(NumberText.decimal(limit)) per interface",
                    fix: "close its open decisions (seams explain \(score.document) --interface '\(interface.name)')"))
            }
        }
        for decision in score.findings {
            findings.append(finding(decision, document: score.document, interface: nil, settings: settings))
        }
        for shared in score.sharedDecisions {
            var reported = finding(shared.decision, document: score.document, interface: nil, settings: settings,
                                   place: ", counted once at its cause, \(shared.consumerText())")
            reported.consumers = shared.consumers
            findings.append(reported)
        }
        // A spec has no interfaces: gate the artifacts any cut would expose instead.
        let exposure = score.specExposure
        for decision in exposure?.decisions ?? [] {
            findings.append(finding(decision, document: score.document, interface: nil, settings: settings,
                                    place: " when a cut separates the concerns that share it"))
        }
        let openBits = score.totals.openBits + (exposure?.openBits ?? 0)
        let isLowerBound = score.totals.isLowerBound || exposure?.isLowerBound == true
        if let limit = limits.maxOpenBits, NumberText.rounded(openBits) > NumberText.rounded(limit) {
            let bits = (isLowerBound ? "≥" : "") + NumberText.decimal(openBits)
            findings.append(Finding(
                document: score.document, interface: nil, rule: GateRule.maxOpenBits, subject: "document",
                bits: openBits, isLowerBound: isLowerBound, severity: .error,
                location: SourceLocation(file: score.document, line: 1, column: 1),
                message: "the document leaves \(bits) open bits, over the limit of \(NumberText.decimal(limit))",
                fix: "close open decisions, worst interfaces first (seams score \(score.document))"))
        }
        return DocumentCheck(document: score.document, limits: limits, openBits: openBits,
                             isLowerBound: isLowerBound, interfaces: interfaces.sorted { $0.name < $1.name },
                             findings: Finding.sortedByLocation(findings), specArtifacts: exposure?.artifacts)
    }

    static func finding(_ decision: OpenDecision, document: String, interface: String?, settings: CheckSettings,
                        place: String? = nil) -> Finding {
        let bits = (decision.isLowerBound ? "≥" : "") + NumberText.decimal(decision.bits)
        let place = place ?? interface.map { " on \($0)" } ?? ""
        return Finding(document: document, interface: interface, rule: decision.id, subject: decision.subject,
                       bits: decision.bits, isLowerBound: decision.isLowerBound,
                       severity: settings.severity(of: decision.id, default: decision.severity), location: decision.location,
                       message: "\(decision.subject): \(decision.question) \(bits) \(decision.bits == 1 ? "bit" : "bits") open\(place) [\(decision.id)]",
                       fix: decision.fix)
    }
}
