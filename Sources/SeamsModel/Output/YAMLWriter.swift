/// YAML in block style; lists of scalars in flow style; strings plain when that is unambiguous,
/// else double-quoted with the one escaping JSON uses; numbers by the one `NumberLiteral` policy.
public enum YAMLWriter {
    public static func render(_ node: DocumentNode) -> String {
        var output = ""
        if case .map(let entries) = node { writeEntries(entries, indent: 0, into: &output) }
        return output
    }

    private static func writeEntries(_ entries: [DocumentEntry], indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        for entry in entries {
            for comment in entry.comments { output += "\(pad)# \(comment)\n" }
            output += pad + string(entry.key) + ":"
            writeValue(entry.value, indent: indent, into: &output)
        }
    }

    /// Writes what follows `key:`, including the line break.
    private static func writeValue(_ value: DocumentNode, indent: Int, into output: inout String) {
        switch value {
        case .null, .string, .number, .bool:
            output += " " + scalar(value) + "\n"
        case .list(let items):
            if items.isEmpty { output += " []\n"; return }
            if items.allSatisfy(\.isScalar) {
                output += " [" + items.map(scalar).joined(separator: ", ") + "]\n"
                return
            }
            output += "\n"
            let pad = String(repeating: " ", count: indent + 2)
            for item in items {
                if case .map(let entries) = item, let first = entries.first {
                    for comment in first.comments { output += "\(pad)# \(comment)\n" }
                    output += pad + "- " + string(first.key) + ":"
                    writeValue(first.value, indent: indent + 4, into: &output)
                    writeEntries(Array(entries.dropFirst()), indent: indent + 4, into: &output)
                } else if case .map = item {
                    output += pad + "- {}\n"
                } else {
                    output += pad + "-"
                    writeValue(item, indent: indent + 2, into: &output)
                }
            }
        case .map(let entries):
            if entries.isEmpty { output += " {}\n"; return }
            output += "\n"
            writeEntries(entries, indent: indent + 2, into: &output)
        }
    }

    static func scalar(_ node: DocumentNode) -> String {
        switch node {
        case .null: return "null"
        case .string(let text): return string(text)
        case .number(let value): return NumberLiteral.text(value)
        case .bool(let value): return value ? "true" : "false"
        case .list, .map: return ""
        }
    }

    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]

    /// Plain when the text starts with a letter, holds only letters, digits, spaces and `_ - . /`,
    /// has no trailing space and is no YAML keyword; double-quoted (JSON escapes) otherwise.
    static func string(_ text: String) -> String {
        var plain = !text.isEmpty && !reserved.contains(text.lowercased())
        if plain, let first = text.unicodeScalars.first, !(first.properties.isAlphabetic && first.isASCII) { plain = false }
        if plain && text.hasSuffix(" ") { plain = false }
        if plain {
            for scalar in text.unicodeScalars {
                let ok = (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                    || scalar == " " || scalar == "_" || scalar == "-" || scalar == "." || scalar == "/"
                if !ok { plain = false; break }
            }
        }
        return plain ? text : StringEscaping.quoted(text)
    }
}
