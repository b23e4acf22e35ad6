extension PolicyOverrides {
    /// Reads a `policy:` mapping, shared by documents and the project file.
    public static func read(_ node: SourceNode, reader: inout NodeReader) -> PolicyOverrides? {
        guard let entries = reader.mapping(node, allowedKeys: DocumentLoader.Keys.policy, in: "policy") else { return nil }
        var overrides = PolicyOverrides()
        for (key, value) in entries {
            let isBits = key.value == "isolate-max-open-bits"
            guard let number = reader.number(value, "policy.\(key.value)", in: isBits ? .bits : .ratio,
                                             fix: isBits ? "give the open bits an isolated pair may leave, e.g. 4" : "give a ratio such as 1")
            else { continue }
            if isBits { overrides.isolateMaxOpenBits = number.value } else { overrides.shareContextRatio = number.value }
        }
        return overrides
    }
}
