import SeamsReports

/// Escaping of user strings (ids, labels, prose) for the places they may appear in DOT.
///
/// Node and cluster names are never user strings (they are `m0`, `c12`…); user text appears only
/// in HTML-like labels, plain-text labels (`PlainLabel`) and quoted attribute values, each escaped
/// through `escaped(_:lineBreak:crLFIsOneBreak:special:)`.
public enum DOTText {
    /// Text for inside an HTML-like label `<…>`: markup characters become entities, a line break
    /// becomes `<BR/>`, and control characters (which XML forbids) are dropped.
    public static func html(_ text: String) -> String {
        escaped(text, lineBreak: "<BR/>", special: HTMLText.entity)
    }

    /// A double-quoted DOT string: `"` and `\` escaped, line breaks as `\n`, control characters
    /// dropped. A trailing backslash gets a space after it, because DOT's lexer would read `\\"`
    /// as an escaped quote and run the string on.
    public static func quoted(_ text: String) -> String {
        var out = "\"" + escaped(text, lineBreak: "\\n", crLFIsOneBreak: false, special: quotedStringEscape)
        if out.hasSuffix("\\") { out += " " }
        return out + "\""
    }

    /// `"` and `\` inside a double-quoted DOT string.
    static func quotedStringEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        default: nil
        }
    }

    /// The one escaping loop: `special` replaces the characters of the target syntax, a line
    /// break becomes `lineBreak` (a CR LF pair one break unless `crLFIsOneBreak` is false), a tab
    /// a space, and controls and noncharacters are dropped.
    static func escaped(_ text: String, lineBreak: String, crLFIsOneBreak: Bool = true, special: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if let replacement = special(scalar) {
                out += replacement
                continue
            }
            switch scalar {
            case "\n": if !(crLFIsOneBreak && previousWasCR) { out += lineBreak }
            case "\r": out += lineBreak
            case "\t": out += " "
            default:
                if isForbidden(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls and noncharacters: invalid in XML, so in SVG.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (value >= 0x7F && value < 0xA0) || value == 0xFFFE || value == 0xFFFF
    }
}
