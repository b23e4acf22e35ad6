import Foundation
import SeamsModel

/// Escaping of user strings for HTML text and quoted attribute values.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        ScalarRewrite.apply(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\n", "\r", "\t": nil
            default: scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) ? "" : nil
            }
        }
    }

    /// Graphviz's SVG ready to inline in HTML: the XML prolog, DOCTYPE and comments before the
    /// `<svg` element are dropped. Nil when it is not an SVG or carries script, which Seams never
    /// asks Graphviz to draw.
    public static func inlineSVG(_ svg: String) -> String? {
        guard let start = svg.range(of: "<svg") else { return nil }
        let body = String(svg[start.lowerBound...])
        let lowered = body.lowercased()
        if lowered.contains("<script") || lowered.contains("<foreignobject") || lowered.contains("javascript:") { return nil }
        return body
    }
}
