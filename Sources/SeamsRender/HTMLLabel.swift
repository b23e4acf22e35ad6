/// An HTML-like Graphviz label built only from escaped text and fixed markup, so user strings
/// can never open a tag.
public struct HTMLLabel: Sendable, Hashable {
    /// The markup between `<` and `>`.
    public private(set) var markup: String

    private init(markup: String) { self.markup = markup }

    /// User or generated text, escaped.
    public static func text(_ text: String) -> HTMLLabel { HTMLLabel(markup: DOTText.html(text)) }

    public static let lineBreak = HTMLLabel(markup: "<BR/>")

    public static func bold(_ inner: HTMLLabel) -> HTMLLabel { HTMLLabel(markup: "<B>\(inner.markup)</B>") }

    /// A font change; `colour` is one of Seams's own `#rrggbb` values, never user text.
    public static func font(_ inner: HTMLLabel, colour: String? = nil, size: Int? = nil) -> HTMLLabel {
        var attributes = ""
        if let colour { attributes += " COLOR=\"\(DOTText.html(colour))\"" }
        if let size { attributes += " POINT-SIZE=\"\(size)\"" }
        return HTMLLabel(markup: "<FONT\(attributes)>\(inner.markup)</FONT>")
    }

    /// A borderless table of rows of cells, for legends; cell fills are Seams's own colours.
    public static func table(_ rows: [[(HTMLLabel, fill: String?)]]) -> HTMLLabel {
        var markup = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
        for row in rows {
            markup += "<TR>"
            for cell in row {
                let fill = cell.fill.map { " BGCOLOR=\"\(DOTText.html($0))\"" } ?? ""
                markup += "<TD ALIGN=\"LEFT\"\(fill)>\(cell.0.markup)</TD>"
            }
            markup += "</TR>"
        }
        return HTMLLabel(markup: markup + "</TABLE>")
    }

    /// The labels one after the other.
    public static func joined(_ parts: [HTMLLabel], separator: HTMLLabel? = nil) -> HTMLLabel {
        HTMLLabel(markup: parts.map(\.markup).joined(separator: separator?.markup ?? ""))
    }

    public static func + (lhs: HTMLLabel, rhs: HTMLLabel) -> HTMLLabel { HTMLLabel(markup: lhs.markup + rhs.markup) }
}
