import SeamsAnalyzer
public import SeamsModel

extension CheckSettings {
    /// `check.severity`: catalog severities replaced by the project, by decision id.
    static func readSeverities(_ reader: inout NodeReader, _ entry: KeyEntry, _ settings: inout CheckSettings) {
        for (id, level) in reader.mapping(entry.value, allowedKeys: nil, in: entry.label) ?? [] {
            guard DecisionRules.check(id, reader: &reader, example: "interface.on-error") else { continue }
            if let severity = reader.choice(level, "the severity of \(id.value)", as: Severity.self) {
                settings.severities.append((id, severity.value))
            }
        }
    }
}

extension SeamsFileKeys {
    /// `check:` of the project file: the CI gate.
    public static let projectCheck = KeySection<CheckSettings>([
        .number(KeySpec("max-open-bits", .number(.bits), doc: "Most open bits one document may leave.", fix: "give a number of bits, e.g. 8"),
                \.maxOpenBits),
        .number(KeySpec("max-interface-bits", .number(.bits), doc: "Most open bits one interface may leave.", fix: "give a number of bits, e.g. 8"),
                \.maxInterfaceBits),
        .choice("fail-on", doc: "Lowest severity that fails the gate.", \.failOn),
        KeyBinding(KeySpec("severity", .section, doc: "Catalog severities replaced by the project, by decision id."),
                   read: CheckSettings.readSeverities),
    ], qualifier: "check")
}
