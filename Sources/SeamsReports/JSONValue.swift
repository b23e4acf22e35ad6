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
        lhs.renderedBytes() == rhs.renderedBytes()
    }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes; large reports are written from here without a String copy.
    public func renderedBytes() -> [UInt8] {
        var writer = JSONByteWriter()
        writer.write(self, indent: 0)
        writer.bytes.append(0x0A)
        return writer.bytes
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}

/// Writes JSON into a byte buffer: escaping scans UTF-8 bytes and copies clean runs at once.
struct JSONByteWriter {
    var bytes: [UInt8] = []
    /// Receives the bytes written so far whenever a streaming writer calls `flushIfLarge()`.
    var sink: (([UInt8]) -> Void)?

    init(sink: (([UInt8]) -> Void)? = nil) {
        self.sink = sink
        bytes.reserveCapacity(1 << 16)
    }

    /// Hands full megabytes to the sink, so a large report never sits in memory whole.
    mutating func flushIfLarge() {
        guard let sink, bytes.count >= 1 << 20 else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes literal JSON punctuation or indentation.
    mutating func raw(_ text: String) { append(text) }

    mutating func write(_ value: JSONValue, indent: Int) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .number(let number): append(NumberText.decimal(number))
        case .string(let text): writeString(text)
        case .array(let items):
            if items.isEmpty { append("[]"); return }
            if items.allSatisfy(\.isScalar) {
                bytes.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { append(", ") }
                    write(item, indent: indent)
                }
                bytes.append(UInt8(ascii: "]"))
                return
            }
            append("[\n")
            for (index, item) in items.enumerated() {
                spaces(indent + 2)
                write(item, indent: indent + 2)
                append(index + 1 < items.count ? ",\n" : "\n")
            }
            spaces(indent)
            bytes.append(UInt8(ascii: "]"))
        case .object(let entries):
            if entries.isEmpty { append("{}"); return }
            append("{\n")
            for (index, (key, item)) in entries.enumerated() {
                spaces(indent + 2)
                writeString(key)
                append(": ")
                write(item, indent: indent + 2)
                append(index + 1 < entries.count ? ",\n" : "\n")
            }
            spaces(indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func spaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            appendEscaped(Array(text.utf8))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ buffer: some Collection<UInt8>) {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in buffer {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x00..<0x20:
                append("\\u00")
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            case 0xA8 where previous == 0x80 && beforePrevious == 0xE2, 0xA9 where previous == 0x80 && beforePrevious == 0xE2:
                // U+2028 and U+2029 are valid JSON but break JavaScript: escape them.
                bytes.removeLast(2)
                append(byte == 0xA8 ? "\\u2028" : "\\u2029")
            default:
                bytes.append(byte)
            }
            beforePrevious = previous
            previous = byte
        }
    }
}
