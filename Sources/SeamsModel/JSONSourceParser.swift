/// A strict JSON (RFC 8259) parser that keeps the line and column of every value.
///
/// JSON is valid YAML and Yams reads it too, but a byte-level parser is several times faster on
/// the large generated documents that imported graphs produce, and it reports the same
/// located errors, so JSON documents take this path.
struct JSONSourceParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let limits: LoadLimits
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Column bookkeeping: count of UTF-8 continuation bytes seen on the current line.
    private var continuationBytesOnLine = 0
    private var nodes = 0

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: LoadLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
    }

    mutating func parseDocument() throws(DocumentError) -> SourceNode {
        skipWhitespace()
        let root = try parseValue(depth: 1)
        skipWhitespace()
        if index < bytes.count {
            throw fail("unexpected text after the JSON document", fix: "remove everything after the closing bracket")
        }
        return root
    }

    private var location: SourceLocation {
        SourceLocation(file: file, line: line, column: index - lineStart - continuationBytesOnLine + 1)
    }

    private func fail(_ message: String, fix: String, at location: SourceLocation? = nil) -> DocumentError {
        DocumentError([Diagnostic(id: "syntax.json", location: location ?? self.location, message: message, fix: fix)])
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
                continuationBytesOnLine = 0
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(DocumentError) -> SourceNode {
        guard index < bytes.count else {
            throw fail("the JSON document ends where a value was expected", fix: "complete the document")
        }
        if depth > limits.maxDepth {
            throw DocumentError([Diagnostic(id: "limit.depth", location: location,
                                            message: "nesting is deeper than \(limits.maxDepth) levels",
                                            fix: "flatten the document; Seams documents need only a few levels")])
        }
        nodes += 1
        if nodes > limits.maxNodes {
            throw DocumentError([Diagnostic(.limitNodes, location: location,
                                            message: "the document has more than \(limits.maxNodes) values",
                                            fix: "split the document or raise the limit with --max-file-size")])
        }
        let start = location
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth, start: start)
        case UInt8(ascii: "["): return try parseArray(depth: depth, start: start)
        case UInt8(ascii: "\""): return SourceNode(.scalar(try parseString(), quoted: true), at: start)
        default: return SourceNode(.scalar(try parseLiteral(), quoted: false), at: start)
        }
    }

    private mutating func parseObject(depth: Int, start: SourceLocation) throws(DocumentError) -> SourceNode {
        let entries = try parseMembers(closedBy: "}", in: "object", separating: "entries", start: start) { parser throws(DocumentError) in
            guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else {
                throw parser.fail("expected a quoted key", fix: "write keys as \"key\": value")
            }
            let keyLocation = parser.location
            let key = SourceNode(.scalar(try parser.parseString(), quoted: true), at: keyLocation)
            parser.skipWhitespace()
            guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: ":") else {
                throw parser.fail("expected ':' after the key", fix: "separate each key from its value with a colon")
            }
            parser.index += 1
            parser.skipWhitespace()
            return SourceNode.Entry(key: key, value: try parser.parseValue(depth: depth + 1))
        }
        return SourceNode(.mapping(entries), at: start)
    }

    private mutating func parseArray(depth: Int, start: SourceLocation) throws(DocumentError) -> SourceNode {
        let items = try parseMembers(closedBy: "]", in: "array", separating: "items", start: start) { parser throws(DocumentError) in
            try parser.parseValue(depth: depth + 1)
        }
        return SourceNode(.sequence(items), at: start)
    }

    /// The members of an object or array, from its opening bracket to `close`: none when it closes
    /// at once, else one `member` (read from its first byte) per comma. The errors name the
    /// container (`the object is not closed`, located at its start) and what its commas separate.
    private mutating func parseMembers<Member>(
        closedBy close: Unicode.Scalar, in container: String, separating members: String, start: SourceLocation,
        _ member: (inout JSONSourceParser) throws(DocumentError) -> Member
    ) throws(DocumentError) -> [Member] {
        index += 1
        var parsed: [Member] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: close) {
            index += 1
            return parsed
        }
        while true {
            skipWhitespace()
            parsed.append(try member(&self))
            skipWhitespace()
            guard index < bytes.count else {
                throw fail("the \(container) is not closed", fix: "add '\(close)'", at: start)
            }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: close) { index += 1; break }
            throw fail("expected ',' or '\(close)' in the \(container)", fix: "separate \(members) with commas")
        }
        return parsed
    }

    private mutating func parseString() throws(DocumentError) -> String {
        let start = location
        index += 1
        var utf8: [UInt8] = []
        var plainStart = index
        while true {
            guard index < bytes.count else {
                throw fail("the string is not closed", fix: "add the closing quote", at: start)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if utf8.isEmpty {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]), as: UTF8.self)
                    countContinuationBytes(from: plainStart, to: index)
                    index += 1
                    return text
                }
                utf8.append(contentsOf: bytes[plainStart..<index])
                countContinuationBytes(from: plainStart, to: index)
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            }
            if byte < 0x20 {
                throw fail("a control character or line break inside a string", fix: "escape it, e.g. \\n")
            }
            if byte == UInt8(ascii: "\\") {
                utf8.append(contentsOf: bytes[plainStart..<index])
                countContinuationBytes(from: plainStart, to: index)
                index += 1
                guard index < bytes.count else {
                    throw fail("the string is not closed", fix: "add the closing quote", at: start)
                }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try parseHex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                    }
                    let unicode = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    utf8.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    throw fail("unknown escape '\\\(Character(Unicode.Scalar(escape)))'", fix: "use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
                }
                plainStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func parseHex4() throws(DocumentError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("a \\u escape needs four hex digits", fix: "write \\uXXXX") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("a \\u escape needs four hex digits", fix: "write \\uXXXX")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func countContinuationBytes(from start: Int, to end: Int) {
        var position = start
        while position < end {
            if bytes[position] & 0xC0 == 0x80 { continuationBytesOnLine += 1 }
            position += 1
        }
    }

    /// Numbers, `true`, `false` and `null`, kept as text: the loader interprets them by schema.
    private mutating func parseLiteral() throws(DocumentError) -> String {
        let start = index
        while index < bytes.count, Self.isLiteralByte(bytes[index]) { index += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if text == "true" || text == "false" || text == "null" || Self.isNumber(text) { return text }
        index = start
        throw fail(text.isEmpty ? "unexpected character in JSON" : "'\(text)' is not a JSON value",
                   fix: "quote strings and use true, false, null or a number")
    }

    private static func isLiteralByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "E"):
            true
        default:
            false
        }
    }

    private static func isNumber(_ text: String) -> Bool {
        var scalars = Substring(text).utf8[...]
        if scalars.first == UInt8(ascii: "-") { scalars = scalars.dropFirst() }
        guard let first = scalars.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return Double(text) != nil
    }
}
