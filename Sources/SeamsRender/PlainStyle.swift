import SeamsAnalyzer
import SeamsReports

/// The plain-text counterparts of `DiagramStyle`'s labels, for `DiagramMarkup.plain`: the same
/// colours, fills and pen widths, with colours named in words where rich labels show swatches.
enum PlainStyle {
    /// Fills shared by the members of one group (a share-context group, a module's concerns):
    /// light tints, none of them the human-gate blue or the checkpoint grey.
    static let groupFills = ["#ece2f4", "#fcefd4", "#dff1ec", "#f9e1e4", "#e6eed8", "#f7f3cc", "#e9e4dc", "#f2e0f0"]

    static func groupFill(_ number: Int) -> String { groupFills[number % groupFills.count] }

    /// The graph attributes with a two-line plain title: the document's name, then its totals.
    static func graphAttributes(name: String, score: DocumentScore, view: String, rankdir: String, size: DiagramSize) -> [DOTAttribute] {
        DiagramStyle.graphAttributes(title: .plain(.lines([name, DiagramStyle.summary(score: score, view: view)])), rankdir: rankdir, size: size)
    }

    /// A colour of the open-bits scale in words, for legends without swatches.
    static func colourName(_ band: BitsScale.Band) -> String {
        switch band.name {
        case "closed": "green"
        case "low": "light green"
        case "moderate": "yellow"
        case "high": "orange"
        default: "red"
        }
    }

    /// The open-bits scale, one line per colour: `green: 0 bits`.
    static func bandLines(subject: String) -> [String] {
        ["\(subject) open bits, by colour:"] + BitsScale.bands.map { "   \(colourName($0)): \($0.range)" }
    }

    /// The legend node: left-justified lines in a thin box, like the rich legend's table.
    static func legend(_ lines: [String]) -> DOTStatement {
        .node(DOTName("legend", 0), [
            DOTAttribute("shape", "box"),
            DOTAttribute("style", "filled"),
            DOTAttribute("fillcolor", "#fafafa"),
            DOTAttribute("color", DiagramStyle.muted),
            DOTAttribute("fontsize", "9"),
            DOTAttribute("label", .plain(.leftJustified(["Legend"] + lines))),
        ])
    }

    /// A node label: the lines, centred.
    static func label(_ lines: [String]) -> DOTAttribute {
        DOTAttribute("label", .plain(.lines(lines)))
    }
}
