/// The one escaping of quoted strings in JSON and in YAML's double-quoted style (a subset of
/// JSON's): `\"`, `\\`, `\n`, `\r`, `\t`, and `\u00XX` (lowercase hex) for the other C0 controls and
/// DEL; U+0085, U+2028 and U+2029 — line breaks to YAML and to JavaScript — as `\u0085`,
/// `\u2028`, `\u2029`. Everything else is copied as UTF-8.
///
/// Scans UTF-8 bytes and copies clean runs at once, so large reports are cheap to write.
enum StringEscaping {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` to `bytes` in double quotes.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0, to: &bytes) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text` in double quotes, as a String.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var start = 0
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            let escape: [UInt8]?
            var width = 1
            switch byte {
            case UInt8(ascii: "\""): escape = Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): escape = Array(#"\\"#.utf8)
            case 0x0A: escape = Array(#"\n"#.utf8)
            case 0x0D: escape = Array(#"\r"#.utf8)
            case 0x09: escape = Array(#"\t"#.utf8)
            case 0x00..<0x20, 0x7F: escape = unicode(UInt32(byte))
            case 0xC2 where index + 1 < count && buffer[index + 1] == 0x85:
                escape = unicode(0x85)
                width = 2
            case 0xE2 where index + 2 < count && buffer[index + 1] == 0x80 && (buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9):
                escape = unicode(buffer[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                width = 3
            default: escape = nil
            }
            if let escape {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
                bytes.append(contentsOf: escape)
                index += width
                start = index
            } else {
                index += 1
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<count]))
    }

    private static func unicode(_ value: UInt32) -> [UInt8] {
        [UInt8(ascii: "\\"), UInt8(ascii: "u"), hex[Int(value >> 12 & 0xF)], hex[Int(value >> 8 & 0xF)],
         hex[Int(value >> 4 & 0xF)], hex[Int(value & 0xF)]]
    }
}
