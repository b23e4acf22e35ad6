public import SeamsAnalyzer
import SeamsModel

/// The JSON of `seams score --format json`: a versioned contract other tools read, laid out
/// exactly as DESIGN.md "JSON output" documents it.
public enum ScoreJSON {
    public static let version = 1

    public static func render(_ score: DocumentScore) -> String {
        value(score).rendered()
    }

    /// The same bytes as `render`, streamed to `sink` a megabyte at a time: the interfaces are
    /// turned into JSON one by one, so a 50,000-interface report never exists whole in memory.
    public static func stream(_ score: DocumentScore, to sink: @escaping ([UInt8]) -> Void) {
        var writer = JSONWriter(sink: sink)
        let entries = topLevel(score, interfaces: .null)
        writer.raw("{\n")
        for (index, (key, value)) in entries.enumerated() {
            writer.raw("  ")
            writer.writeString(key)
            writer.raw(": ")
            if key == "interfaces" && !score.interfaces.isEmpty {
                writer.raw("[\n")
                for (position, item) in score.interfaces.enumerated() {
                    writer.raw("    ")
                    writer.write(interface(item), indent: 4)
                    writer.raw(position + 1 < score.interfaces.count ? ",\n" : "\n")
                    writer.flushIfLarge()
                }
                writer.raw("  ]")
            } else if key == "interfaces" {
                writer.raw("[]")
            } else {
                writer.write(value, indent: 2)
            }
            writer.raw(index + 1 < entries.count ? ",\n" : "\n")
        }
        writer.raw("}\n")
        writer.flush()
    }

    public static func value(_ score: DocumentScore) -> JSONValue {
        .object(topLevel(score, interfaces: .array(score.interfaces.map(interface))))
    }

    private static func topLevel(_ score: DocumentScore, interfaces: JSONValue) -> [(String, JSONValue)] {
        var totals: [(String, JSONValue)] = [
            ("openBits", .number(score.totals.openBits)),
            ("weight", .number(score.totals.weight)),
            ("coverage", .number(score.totals.coverage)),
            ("crossingWeight", .number(score.totals.crossingWeight)),
            ("modules", .number(Double(score.totals.modules))),
            ("interfaces", .number(Double(score.totals.interfaces))),
        ]
        if score.totals.isLowerBound { totals.insert(("lowerBound", .bool(true)), at: 1) }
        // What the consumers together are exposed to: a shared payload's decisions once per interface.
        totals.insert(("exposedBits", .number(score.totals.exposedBits)), at: score.totals.isLowerBound ? 2 : 1)
        return [
            ("seams", .number(Double(version))),
            ("document", .string(score.document)),
            ("totals", .object(totals)),
            ("artifacts", .array(score.artifacts.map(artifact))),
            ("interfaces", interfaces),
            ("findings", .array(score.findings.map(decision))),
            ("sharedDecisions", .array(score.sharedDecisions.map(shared))),
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
        ]
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
        ]
        if let rule = interface.implicitRule { entries += [("implicit", .bool(true)), ("implicitRule", .string(rule))] }
        entries.append(("openBits", .number(interface.openBits)))
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
        if decision.isShared { entries.append(("shared", .bool(true))) }
        entries.append(contentsOf: [
            ("severity", .string(decision.severity.rawValue)),
            ("alternatives", .array(decision.alternatives.map { .string($0) })),
            ("location", location(decision.location)),
            ("fix", .string(decision.fix)),
        ])
        return .object(entries)
    }

    /// A decision counted once at its cause, with whoever writes and reads the payload.
    static func shared(_ shared: SharedDecision) -> JSONValue {
        var entries = decision(shared.decision).members
        entries.removeAll { $0.0 == "shared" }
        entries.append(("producers", .array(shared.producers.map { .string($0) })))
        entries.append(("consumers", .array(shared.consumers.map { .string($0.interface) })))
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
        ] + (module.mergeWith.map { [("mergeWith", JSONValue.string($0))] } ?? []))
    }
}
