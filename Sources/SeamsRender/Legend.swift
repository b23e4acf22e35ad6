/// A view's legend, in either markup. The two are worded apart on purpose: a rich row shows a
/// sign in its colour (`HUMAN GATE`, `- - -`) before what it means; a plain line has no colour,
/// so it names the look in words (`HUMAN GATE, blue fill: …`). Both open with the colour scale.
struct Legend {
    /// A rich row: an optional bold sign in its colour, then what it means.
    struct Row {
        var meaning: String
        var colour: String?
        var sign: String?

        init(_ meaning: String, colour: String? = nil, sign: String? = nil) {
            self.meaning = meaning
            self.colour = colour
            self.sign = sign
        }

        var cells: [(HTMLLabel, fill: String?)] {
            // A no-break space: SVG drops a plain one at the end of a text run.
            let prefix: HTMLLabel = sign.map { .font(.bold(.text($0 + "\u{00A0}")), colour: colour) } ?? .text("")
            return [(prefix + .text(meaning), fill: nil)]
        }
    }

    /// The row and the line every view has: the marker of an effect that cannot be undone.
    static let irreversibleRow = Row("double border: an effect that cannot be undone", colour: DiagramStyle.irreversibleInk, sign: "IRREVERSIBLE")
    static let irreversibleLine = "IRREVERSIBLE, red double border: an effect that cannot be undone"

    /// Whose open bits the colour scale is about: `interface`, `artifact`.
    var subject: String
    var rows: [Row]
    var lines: [String]

    /// The legend node: a borderless table, or left-justified lines, in a thin box.
    func node(_ markup: DiagramMarkup) -> DOTStatement {
        let label: DOTValue = switch markup {
        case .rich: .html(.table([[(.bold(.text("Legend")), fill: nil)]] + DiagramStyle.bandRows(subject: subject) + rows.map(\.cells)))
        case .plain: .plain(.leftJustified(["Legend"] + PlainStyle.bandLines(subject: subject) + lines))
        }
        return .node(DOTName("legend", 0), [
            DOTAttribute("shape", "box"),
            DOTAttribute("style", "filled"),
            DOTAttribute("fillcolor", "#fafafa"),
            DOTAttribute("color", DiagramStyle.muted),
            DOTAttribute("fontsize", "9"),
            DOTAttribute("label", label),
        ])
    }
}
