extension PolicyOverrides {
    /// Reads a `policy:` mapping, shared by documents and the project file.
    public static func read(_ node: SourceNode, reader: inout NodeReader) -> PolicyOverrides? {
        guard let entries = reader.mapping(node, allowedKeys: SeamsFileKeys.policy.names, in: "policy") else { return nil }
        var overrides = PolicyOverrides()
        for (key, value) in entries {
            guard let spec = SeamsFileKeys.policy[key.value],
                  let number = reader.number(value, spec, path: "policy.\(key.value)") else { continue }
            if spec.name == SeamsFileKeys.isolateMaxOpenBits.name {
                overrides.isolateMaxOpenBits = number.value
            } else {
                overrides.shareContextRatio = number.value
            }
        }
        return overrides
    }
}
