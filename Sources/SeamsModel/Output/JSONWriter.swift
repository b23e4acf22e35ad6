/// JSON with two-space indentation, lists of scalars on one line and a final newline, written
/// into a byte buffer. A streaming writer hands full megabytes to its sink, so a large report
/// never sits in memory whole.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Receives the bytes written so far whenever `flushIfLarge()` is called with a megabyte or more.
    private let sink: (([UInt8]) -> Void)?

    public init(sink: (([UInt8]) -> Void)? = nil) {
        self.sink = sink
        bytes.reserveCapacity(1 << 16)
    }

    /// The document as UTF-8 bytes, with a final newline.
    public static func renderedBytes(_ node: DocumentNode) -> [UInt8] {
        var writer = JSONWriter()
        writer.write(node, indent: 0)
        writer.bytes.append(0x0A)
        return writer.bytes
    }

    /// The document as text, with a final newline.
    public static func render(_ node: DocumentNode) -> String {
        String(decoding: renderedBytes(node), as: UTF8.self)
    }

    /// `text` as a double-quoted string with the one escaping: valid JSON, and a valid YAML
    /// double-quoted scalar that reads back as `text`.
    public static func quoted(_ text: String) -> String {
        StringEscaping.quoted(text)
    }

    /// Hands the bytes so far to the sink once they reach a megabyte.
    public mutating func flushIfLarge() {
        guard let sink, bytes.count >= 1 << 20 else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands every byte written so far to the sink (the end of a streamed document).
    public mutating func flush() {
        sink?(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes literal JSON punctuation or indentation.
    public mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes a quoted, escaped string.
    public mutating func writeString(_ text: String) {
        StringEscaping.appendQuoted(text, to: &bytes)
    }

    /// Writes `node`, its nested lines indented by `indent` spaces more than the first.
    public mutating func write(_ node: DocumentNode, indent: Int) {
        switch node {
        case .null: raw("null")
        case .bool(let flag): raw(flag ? "true" : "false")
        case .number(let value): raw(NumberLiteral.text(value))
        case .string(let text): writeString(text)
        case .list(let items):
            if items.isEmpty { raw("[]"); return }
            if items.allSatisfy(\.isScalar) {
                bytes.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { raw(", ") }
                    write(item, indent: indent)
                }
                bytes.append(UInt8(ascii: "]"))
                return
            }
            raw("[\n")
            for (index, item) in items.enumerated() {
                spaces(indent + 2)
                write(item, indent: indent + 2)
                raw(index + 1 < items.count ? ",\n" : "\n")
            }
            spaces(indent)
            bytes.append(UInt8(ascii: "]"))
        case .map(let entries):
            if entries.isEmpty { raw("{}"); return }
            raw("{\n")
            for (index, entry) in entries.enumerated() {
                spaces(indent + 2)
                writeString(entry.key)
                raw(": ")
                write(entry.value, indent: indent + 2)
                raw(index + 1 < entries.count ? ",\n" : "\n")
            }
            spaces(indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func spaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }
}
