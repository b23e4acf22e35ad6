/// An ordered document tree that renders as YAML (with comments) or JSON, byte for byte the same
/// from run to run: the architect's and the importer's output format.
public indirect enum DocumentNode: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([DocumentNode])
    case map([DocumentEntry])

    var isScalar: Bool {
        switch self {
        case .string, .number, .bool: true
        case .list, .map: false
        }
    }
}

/// One key of a mapping, with comment lines written above it in YAML (JSON has no comments).
public struct DocumentEntry: Sendable, Equatable {
    public var key: String
    public var value: DocumentNode
    public var comments: [String]

    public init(_ key: String, _ value: DocumentNode, comments: [String] = []) {
        self.key = key
        self.value = value
        self.comments = comments
    }
}

/// Writes numbers so they read back as the same value: integers plainly, others in Swift's
/// shortest round-trip form.
enum NumberLiteral {
    static func text(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// YAML in block style; lists of scalars in flow style; strings plain when that is unambiguous.
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
            output += pad + key(entry.key) + ":"
            writeValue(entry.value, indent: indent, into: &output)
        }
    }

    /// Writes what follows `key:`, including the line break.
    private static func writeValue(_ value: DocumentNode, indent: Int, into output: inout String) {
        switch value {
        case .string, .number, .bool:
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
                    output += pad + "- " + key(first.key) + ":"
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
        case .string(let text): return string(text)
        case .number(let value): return NumberLiteral.text(value)
        case .bool(let value): return value ? "true" : "false"
        case .list, .map: return ""
        }
    }

    static func key(_ text: String) -> String { string(text) }

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
        return plain ? text : JSONWriter.quoted(text)
    }
}

/// JSON with two-space indentation; lists of scalars on one line; a final newline.
public enum JSONWriter {
    public static func render(_ node: DocumentNode) -> String {
        var output = ""
        write(node, indent: 0, into: &output)
        output += "\n"
        return output
    }

    private static func write(_ node: DocumentNode, indent: Int, into output: inout String) {
        switch node {
        case .string(let text): output += quoted(text)
        case .number(let value): output += NumberLiteral.text(value)
        case .bool(let value): output += value ? "true" : "false"
        case .list(let items):
            if items.isEmpty { output += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                output += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { output += ", " }
                    write(item, indent: indent, into: &output)
                }
                output += "]"
                return
            }
            let pad = String(repeating: " ", count: indent + 2)
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += pad
                write(item, indent: indent + 2, into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .map(let entries):
            if entries.isEmpty { output += "{}"; return }
            let pad = String(repeating: " ", count: indent + 2)
            output += "{\n"
            for (index, entry) in entries.enumerated() {
                output += pad + quoted(entry.key) + ": "
                write(entry.value, indent: indent + 2, into: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
