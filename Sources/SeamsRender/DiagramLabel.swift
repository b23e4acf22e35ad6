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
    /// `placement` `.beside` writes the label as an `xlabel`, for edges that may join two nodes of
    /// one rank (see `EdgeLabelPlacement`).
    func edgeAttributes(_ markup: DiagramMarkup, colour: String, placement: EdgeLabelPlacement = .onEdge) -> [DOTAttribute] {
        var label = switch markup {
        case .rich: attributes(.rich)
        case .plain: attributes(.plain) + [DOTAttribute("fontcolor", colour)]
        }
        if placement == .beside, let value = label.first?.value { label[0] = DOTAttribute("xlabel", value) }
        return label
    }
}

/// Where `dot` puts an edge's label.
///
/// Graphviz 2.42/2.43 (Debian 12) frees memory twice when it lays out a `label` on a *flat* edge
/// (both ends on one rank) whose ends are not neighbours on that rank (`flat_edges` in
/// `dot_position`): the process aborts or corrupts its heap. Seams never lets `dot` rank a labelled
/// edge flat: graphs with clusters are ranked whole (`newrank`, see `DiagramStyle.clusterRanking`),
/// and the edges that are flat by construction — between members of one `rank=same` row, or with
/// `constraint=false` — carry their label beside the line instead (`xlabel`, placed after layout).
enum EdgeLabelPlacement: Sendable {
    /// `label`: `dot` makes room for it between the ranks.
    case onEdge
    /// `xlabel`: placed next to the drawn edge after layout, taking no part in it.
    case beside
}
