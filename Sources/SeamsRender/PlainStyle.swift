import SeamsAnalyzer
import SeamsReports

/// What `DiagramMarkup.plain` adds to `DiagramStyle`: fills that stand in for the boxes it does not
/// draw, and colours named in words where rich labels show swatches.
enum PlainStyle {
    /// Fills shared by the members of one group (a share-context group, a module's concerns):
    /// light tints, none of them the human-gate blue or the checkpoint grey.
    static let groupFills = ["#ece2f4", "#fcefd4", "#dff1ec", "#f9e1e4", "#e6eed8", "#f7f3cc", "#e9e4dc", "#f2e0f0"]

    static func groupFill(_ number: Int) -> String { groupFills[number % groupFills.count] }

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
}
