/// The label of a node or edge, written once and rendered in either `DiagramMarkup`: an
/// HTML-like label that shows each line's look, or a plain-text label with the words only (where
/// a look carries meaning, the views also say it in words or in the element's own colours).
struct DiagramLabel: Sendable, Hashable {
    /// How the lines stand.
    enum Layout: Sendable, Hashable {
        /// Centred under each other.
        case centred
        /// Rows aligned on the left, as in a listing: a table, or plain `\l` line ends.
        case list
    }

    var lines: [LabelLine]
    var layout: Layout
    /// A point size for the whole label: a font change around it in rich markup, the element's
    /// `fontsize` in plain text.
    var size: Int?

    init(_ lines: [LabelLine], layout: Layout = .centred, size: Int? = nil) {
        self.lines = lines
        self.layout = layout
        self.size = size
    }

    var html: HTMLLabel {
        let label: HTMLLabel = switch layout {
        case .centred: .joined(lines.map(\.html), separator: .lineBreak)
        case .list: .table(lines.map { [($0.html, fill: nil)] })
        }
        return size.map { .font(label, size: $0) } ?? label
    }

    var plain: PlainLabel {
        switch layout {
        case .centred: .lines(lines.map(\.plainText))
        case .list: .leftJustified(lines.map(\.plainText))
        }
    }

    /// The `label` attribute of a node, followed in plain text by its `fontsize`.
    func attributes(_ markup: DiagramMarkup) -> [DOTAttribute] {
        switch markup {
        case .rich: [DOTAttribute("label", .html(html))]
        case .plain: [DOTAttribute("label", .plain(plain))] + (size.map { [DOTAttribute("fontsize", "\($0)")] } ?? [])
        }
    }

    /// The label attributes of an edge drawn in `colour`. Plain text cannot colour one line (the
    /// bits under what an interface carries), so a plain label is drawn whole in its edge's colour.
    func edgeAttributes(_ markup: DiagramMarkup, colour: String) -> [DOTAttribute] {
        switch markup {
        case .rich: attributes(.rich)
        case .plain: attributes(.plain) + [DOTAttribute("fontcolor", colour)]
        }
    }
}
