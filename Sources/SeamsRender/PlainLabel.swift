/// A plain-text Graphviz label (a quoted string) built only from escaped text and Seams's own
/// line ends, so a user string can never add a line, change its justification or name a node.
///
/// Inside a quoted label Graphviz reads `\n`, `\l`, `\r` as line ends and `\N`, `\G`, `\E`, `\T`,
/// `\H`, `\L` as names; user text has every `\` doubled, so `\l` in an id stays two characters.
public struct PlainLabel: Sendable, Hashable {
    /// The DOT text between the quotes.
    public private(set) var escaped: String

    private init(escaped: String) { self.escaped = escaped }

    /// User or generated text: `\` and `"` escaped, a line break in it becomes a centred line end,
    /// control characters dropped.
    public static func text(_ text: String) -> PlainLabel {
        PlainLabel(escaped: DOTText.escaped(text, lineBreak: "\\n", special: DOTText.quotedStringEscape))
    }

    /// Ends a centred line.
    public static let lineBreak = PlainLabel(escaped: "\\n")

    /// Ends a left-justified line (Graphviz justifies each line by the escape that ends it).
    public static let leftLineEnd = PlainLabel(escaped: "\\l")

    /// `lines`, each ended by `\l`: a left-justified block such as a legend.
    public static func leftJustified(_ lines: [String]) -> PlainLabel {
        PlainLabel(escaped: lines.map { text($0).escaped + "\\l" }.joined())
    }

    /// `lines` separated by centred line ends.
    public static func lines(_ lines: [String]) -> PlainLabel {
        PlainLabel(escaped: lines.map { text($0).escaped }.joined(separator: "\\n"))
    }

    /// The quoted DOT value. A label ending in an escaped `\` gets a final line end after it: DOT's
    /// lexer would read `\\"` as an escaped quote and run the string on, and Graphviz draws no
    /// empty line for a line end at the very end (a space would show).
    var quoted: String {
        "\"" + escaped + (escaped.hasSuffix("\\") ? "\\n" : "") + "\""
    }

    public static func + (lhs: PlainLabel, rhs: PlainLabel) -> PlainLabel { PlainLabel(escaped: lhs.escaped + rhs.escaped) }
}
