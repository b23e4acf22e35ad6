extension PolicyOverrides {
    /// Reads a `policy:` mapping, shared by documents and the project file.
    public static func read(_ node: SourceNode, reader: inout NodeReader) -> PolicyOverrides? {
        guard let entries = reader.mapping(node, allowedKeys: DocumentLoader.Keys.policy, in: "policy") else { return nil }
        var overrides = PolicyOverrides()
        for (key, value) in entries {
            guard let number = reader.number(value, "policy.\(key.value)") else { continue }
            guard number.value >= 0 else {
                reader.report("value.invalid", at: number.location, "policy.\(key.value) must not be negative",
                              fix: "give a value of 0 or more")
                continue
            }
            if key.value == "isolate-max-open-bits" { overrides.isolateMaxOpenBits = number.value } else { overrides.shareContextRatio = number.value }
        }
        return overrides
    }
}
