import SeamsAnalyzer
public import SeamsModel

extension CheckSettings {
    /// Reads a `check:` mapping of the project file, reporting every problem with its location.
    public static func read(_ node: SourceNode, reader: inout NodeReader) -> CheckSettings {
        var settings = CheckSettings()
        for (key, value) in reader.mapping(node, allowedKeys: keys, in: "check") ?? [] {
            switch key.value {
            case "max-open-bits": settings.maxOpenBits = readBits(value, key.value, reader: &reader)
            case "max-interface-bits": settings.maxInterfaceBits = readBits(value, key.value, reader: &reader)
            case "fail-on": settings.failOn = reader.choice(value, "check.fail-on", as: FailOn.self)
            case "severity":
                for (id, level) in reader.mapping(value, allowedKeys: nil, in: "check.severity") ?? [] {
                    guard DecisionRules.check(id, reader: &reader, example: "interface.on-error") else { continue }
                    if let severity = reader.choice(level, "the severity of \(id.value)", as: Severity.self) {
                        settings.severities.append((id, severity.value))
                    }
                }
            default: break
            }
        }
        return settings
    }

    private static func readBits(_ node: SourceNode, _ key: String, reader: inout NodeReader) -> Located<Double>? {
        guard let spec = SeamsFileKeys.projectCheck[key] else { return nil }
        return reader.number(node, spec, path: "check.\(key)")
    }
}
