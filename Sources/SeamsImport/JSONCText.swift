/// JSON with comments (`.jsonc`, as CrewAI's JSON crews are written) made plain JSON: comments
/// and trailing commas become spaces, so every line and column stays where it was.
enum JSONCText {
    static func plainJSON(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var index = 0
        var inString = false
        var lastSignificantComma: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                lastSignificantComma = nil
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < bytes.count && bytes[index] != 0x0A {
                    bytes[index] = 0x20
                    index += 1
                }
                continue
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                bytes[index] = 0x20
                bytes[index + 1] = 0x20
                index += 2
                while index < bytes.count && !(bytes[index] == UInt8(ascii: "*") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")) {
                    if bytes[index] != 0x0A { bytes[index] = 0x20 }
                    index += 1
                }
                if index + 1 < bytes.count {
                    bytes[index] = 0x20
                    bytes[index + 1] = 0x20
                }
                index += 2
                continue
            case UInt8(ascii: ","):
                lastSignificantComma = index
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let comma = lastSignificantComma { bytes[comma] = 0x20 }
                lastSignificantComma = nil
            case 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                lastSignificantComma = nil
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
