/// Escaping of user strings (ids, labels, prose) for the two places they may appear in DOT.
///
/// Node and cluster names are never user strings (they are `m0`, `c12`…); user text appears only
/// in HTML-like labels and in quoted attribute values, each escaped here.
public enum DOTText {
    /// Text for inside an HTML-like label `<…>`: markup characters become entities, a line break
    /// becomes `<BR/>`, and control characters (which XML forbids) are dropped.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": if !previousWasCR { out += "<BR/>" }
            case "\r": out += "<BR/>"
            case "\t": out += " "
            default:
                if isForbidden(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A double-quoted DOT string: `"` and `\` escaped, line breaks as `\n`, control characters
    /// dropped. A trailing backslash gets a space after it, because DOT's lexer would read `\\"`
    /// as an escaped quote and run the string on.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r": out += "\\n"
            case "\t": out += " "
            default:
                if isForbidden(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        if out.hasSuffix("\\") { out += " " }
        return out + "\""
    }

    /// C0 and C1 controls and noncharacters: invalid in XML, so in SVG.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (value >= 0x7F && value < 0xA0) || value == 0xFFFE || value == 0xFFFF
    }
}
