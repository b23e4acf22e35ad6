/// One line of a diagram label, written once for both markups: runs of text side by side (a
/// module and the markers after it), each bold, coloured or small as it needs to stand out.
struct LabelLine: Sendable, Hashable {
    /// A run of text and its look; `colour` is one of Seams's own `#rrggbb` values.
    struct Span: Sendable, Hashable {
        var text: String
        var bold = false
        var colour: String?
        var size: Int?

        /// Bold inside the font change, as Graphviz reads either.
        var html: HTMLLabel {
            let text: HTMLLabel = bold ? .bold(.text(text)) : .text(text)
            return colour == nil && size == nil ? text : .font(text, colour: colour, size: size)
        }

        /// A small bold marker in its colour: `HUMAN GATE`, `IRREVERSIBLE`.
        static func marker(_ text: String, colour: String) -> Span {
            Span(text: text, bold: true, colour: colour, size: 8)
        }
    }

    var spans: [Span]

    init(spans: [Span]) { self.spans = spans }

    /// A line of one run.
    init(_ text: String, bold: Bool = false, colour: String? = nil, size: Int? = nil) {
        spans = [Span(text: text, bold: bold, colour: colour, size: size)]
    }

    /// A line of one marker: `HUMAN GATE` under a module's name.
    static func marker(_ text: String, colour: String) -> LabelLine { LabelLine(spans: [.marker(text, colour: colour)]) }

    /// Rich markup: each run in its look, a space apart.
    var html: HTMLLabel { .joined(spans.map(\.html), separator: .text(" ")) }

    /// Plain text has no looks: the words only, runs a middle dot apart so they stay separate.
    var plainText: String { spans.map(\.text).joined(separator: " · ") }
}
