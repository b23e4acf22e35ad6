public import SeamsAnalyzer
import SeamsModel

/// The JSON of `seams score --format json`: a versioned contract other tools read, laid out
/// exactly as DESIGN.md "JSON output" documents it.
public enum ScoreJSON {
    public static let version = 1

    public static func render(_ score: DocumentScore) -> String {
        value(score).rendered()
    }

    public static func value(_ score: DocumentScore) -> JSONValue {
        var totals: [(String, JSONValue)] = [
            ("openBits", .number(score.totals.openBits)),
            ("weight", .number(score.totals.weight)),
            ("coverage", .number(score.totals.coverage)),
            ("crossingWeight", .number(score.totals.crossingWeight)),
            ("modules", .number(Double(score.totals.modules))),
            ("interfaces", .number(Double(score.totals.interfaces))),
        ]
        if score.totals.isLowerBound { totals.insert(("lowerBound", .bool(true)), at: 1) }
        return .object([
            ("seams", .number(Double(version))),
            ("document", .string(score.document)),
            ("totals", .object(totals)),
            ("artifacts", .array(score.artifacts.map(artifact))),
            ("interfaces", .array(score.interfaces.map(interface))),
            ("findings", .array(score.findings.map(decision))),
            ("pairs", .array(score.pairs.map(pair))),
            ("modules", .array(score.modules.map(module))),
            ("verdict", .object([
                ("orchestrate", .bool(score.verdict.orchestrate)),
                ("signals", .array(score.verdict.signals.map { .string($0.rawValue) })),
                ("reason", .string(score.verdict.reason)),
            ])),
            ("policy", .object([
                ("isolateMaxOpenBits", .number(score.policy.isolateMaxOpenBits)),
                ("shareContextRatio", .number(score.policy.shareContextRatio)),
                ("attention", .number(score.policy.attention)),
            ])),
        ])
    }

    static func artifact(_ artifact: ArtifactScore) -> JSONValue {
        var entries: [(String, JSONValue)] = [
            ("id", .string(artifact.id)),
            ("weight", .number(artifact.weight)),
            ("openBits", .number(artifact.openBits)),
        ]
        if artifact.isLowerBound { entries.append(("lowerBound", .bool(true))) }
        if !artifact.isDeclared { entries.append(("declared", .bool(false))) }
        entries.append(("touchedBy", .array(artifact.touchedBy.map { .string($0) })))
        return .object(entries)
    }

    static func interface(_ interface: InterfaceScore) -> JSONValue {
        var entries: [(String, JSONValue)] = [
            ("from", .string(interface.from)),
            ("to", .string(interface.to)),
            ("carries", .array(interface.carries.map { .string($0) })),
            ("written", .bool(interface.isWritten)),
            ("openBits", .number(interface.openBits)),
        ]
        if interface.isLowerBound { entries.append(("lowerBound", .bool(true))) }
        entries.append(contentsOf: [
            ("weight", .number(interface.weight)),
            ("coverage", .number(interface.coverage)),
            ("location", location(interface.location)),
            ("decisions", .array(interface.decisions.map(decision))),
        ])
        return .object(entries)
    }

    static func decision(_ decision: OpenDecision) -> JSONValue {
        var entries: [(String, JSONValue)] = [
            ("id", .string(decision.id)),
            ("subject", .string(decision.subject)),
            ("bits", .number(decision.bits)),
        ]
        if decision.isLowerBound { entries.append(("lowerBound", .bool(true))) }
        entries.append(contentsOf: [
            ("severity", .string(decision.severity.rawValue)),
            ("alternatives", .array(decision.alternatives.map { .string($0) })),
            ("location", location(decision.location)),
            ("fix", .string(decision.fix)),
        ])
        return .object(entries)
    }

    static func location(_ location: SourceLocation) -> JSONValue {
        .object([("file", .string(location.file)), ("line", .number(Double(location.line))), ("column", .number(Double(location.column)))])
    }

    static func pair(_ pair: PairScore) -> JSONValue {
        .object([
            ("modules", .array(pair.modules.map { .string($0) })),
            ("coupling", .number(pair.coupling)),
            ("kind", .string(pair.kind.rawValue)),
            ("cycle", .bool(pair.isCycle)),
            ("openBits", .number(pair.openBits)),
            ("isolation", .string(pair.isolation.rawValue)),
            ("reason", .string(pair.reason)),
        ])
    }

    static func module(_ module: ModuleScore) -> JSONValue {
        .object([
            ("id", .string(module.id)),
            ("concerns", .array(module.concerns.map { .string($0) })),
            ("load", .number(module.load)),
            ("budget", .number(module.budget)),
            ("brief", .object([
                ("objective", .bool(module.brief.objective)),
                ("output", .bool(module.brief.output)),
                ("tools", .bool(module.brief.tools)),
                ("boundaries", .bool(module.brief.boundaries)),
            ])),
            ("advice", .string(module.advice.rawValue)),
            ("reason", .string(module.reason)),
        ])
    }
}
