import SeamsAnalyzer

/// A JSON value whose object keys keep the order they were built in, so output follows the
/// documented contract field by field and is byte-identical from run to run.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Numbers are written rounded to two decimals.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var output = ""
        write(into: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .number(let value): output.append(NumberText.decimal(value))
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let items):
            if items.isEmpty { output.append("[]"); return }
            if items.allSatisfy(\.isScalar) {
                output.append("[")
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(", ") }
                    item.write(into: &output, indent: indent)
                }
                output.append("]")
                return
            }
            output.append("[\n")
            for (index, item) in items.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                item.write(into: &output, indent: indent + 2)
                output.append(index + 1 < items.count ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "]")
        case .object(let entries):
            if entries.isEmpty { output.append("{}"); return }
            output.append("{\n")
            for (index, (key, value)) in entries.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                Self.writeString(key, into: &output)
                output.append(": ")
                value.write(into: &output, indent: indent + 2)
                output.append(index + 1 < entries.count ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "}")
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    static func writeString(_ value: String, into output: inout String) {
        output.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{2028}": output.append("\\u2028")
            case "\u{2029}": output.append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }
}
