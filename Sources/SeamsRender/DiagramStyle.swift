import SeamsAnalyzer
import SeamsReports

/// The fixed look of every Seams diagram: fonts, marker colours, pen widths and the legend rows
/// that explain them. Fixed scales (not scaled to the data) so two diagrams compare at a glance.
enum DiagramStyle {
    /// Layout measures text with DejaVu Sans, which every Debian machine with Graphviz has
    /// (fonts-dejavu-core), so layouts and the committed SVGs under Reports/ are the same on every
    /// machine; SVG viewers without it fall back along the list instead of to a serif default.
    /// (Bold is kept to ids and markers: each bold span leaks a little inside libgvc 2.42.)
    static let font = "DejaVu Sans,Arial,Helvetica,sans-serif"
    static let ink = "#333333"
    static let muted = "#8c8c8c"
    static let humanGateFill = "#dbe9f6"
    static let humanGateInk = "#1f5fa8"
    static let irreversibleInk = "#b2182b"
    static let shareContextInk = "#7b3294"
    static let checkpointFill = "#f0f0f0"

    /// The border of an element whose effect cannot be undone: red and double.
    static let irreversibleBorder = [DOTAttribute("color", irreversibleInk), DOTAttribute("peripheries", "2")]

    /// Pen width of an interface by the coupling (bits) of its module pair: 1 below 8 bits,
    /// then one more per doubling, at most 5 from 64 bits on.
    static let penWidthSteps: [(below: Double, width: Int)] = [(8, 1), (16, 2), (32, 3), (64, 4)]

    static func penWidth(coupling: Double) -> Int {
        penWidthSteps.first { coupling < $0.below }?.width ?? 5
    }

    static func bitsText(_ bits: Double, lowerBound: Bool) -> String {
        (lowerBound ? "≥" : "") + NumberText.decimal(bits) + " bits"
    }

    /// Graph attributes every view shares; `title` is the label on top.
    static func graphAttributes(title: DOTValue, rankdir: String, size: DiagramSize) -> [DOTAttribute] {
        let base: [DOTAttribute] = [
            DOTAttribute("label", title),
            DOTAttribute("labelloc", "t"),
            DOTAttribute("fontname", font),
            DOTAttribute("fontsize", "12"),
            DOTAttribute("rankdir", rankdir),
            DOTAttribute("bgcolor", "white"),
            DOTAttribute("pad", "0.2"),
            DOTAttribute("nodesep", "0.35"),
            DOTAttribute("ranksep", "0.6"),
        ]
        // Large graphs go to sfdp: remove node overlaps, draw edges under the nodes.
        return size == .detailed ? base : base + [
            DOTAttribute("overlap", "prism"),
            DOTAttribute("outputorder", "edgesfirst"),
        ]
    }

    /// Graphs that draw clusters are ranked as one graph (`newrank`), not cluster by cluster.
    /// Graphviz 2.42's cluster-by-cluster ranking puts an edge that enters a cluster on the rank of
    /// its target when the cluster's own ranks say so, making it flat; a labelled flat edge makes
    /// `dot` free memory twice (see `EdgeLabelPlacement`). Found by bisecting the crashing DOT of
    /// the concerns view: a cluster {a, b, c}, edges a → x, x → b (labelled) and c → b was enough.
    static let clusterRanking = DOTAttribute("newrank", "true")

    static let nodeDefaults: [DOTAttribute] = [
        DOTAttribute("fontname", font),
        DOTAttribute("fontsize", "10"),
        DOTAttribute("shape", "box"),
        DOTAttribute("style", "rounded,filled"),
        DOTAttribute("fillcolor", "white"),
        DOTAttribute("color", ink),
    ]

    static let edgeDefaults: [DOTAttribute] = [
        DOTAttribute("fontname", font),
        DOTAttribute("fontsize", "9"),
        DOTAttribute("arrowsize", "0.7"),
        DOTAttribute("color", ink),
    ]

    /// The title: the document's name and its totals, the name large and bold in rich markup.
    static func title(name: String, score: DocumentScore, view: String, markup: DiagramMarkup) -> DOTValue {
        let summary = summary(score: score, view: view)
        return switch markup {
        case .rich: .html(.bold(.font(.text(name), size: 14)) + .lineBreak + .font(.text(summary), colour: ink, size: 10))
        case .plain: .plain(.lines([name, summary]))
        }
    }

    /// The title's second line: the view and the document's totals.
    static func summary(score: DocumentScore, view: String) -> String {
        let totals = score.totals
        let coverage = NumberText.percent(totals.coverage)
        return "\(view) · open \(bitsText(totals.openBits, lowerBound: totals.isLowerBound)) of "
            + "\(NumberText.decimal(totals.weight)) (coverage \(coverage)%) · \(count(totals.modules, "module")) · \(count(totals.interfaces, "interface"))"
    }

    /// `1 module`, `4 modules`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// Legend rows for the open-bits colour scale: one row of swatches, short labels.
    static func bandRows(subject: String) -> [[(HTMLLabel, fill: String?)]] {
        let short = ["0", "under 2", "2 to 4", "4 to 8", "≥ 8"]
        let cells: [(HTMLLabel, fill: String?)] = zip(BitsScale.bands, short).map { band, text in
            (.font(.text("━━\u{00A0}"), colour: band.colour) + .text(text), fill: nil)
        }
        return [[(.text("\(subject) open bits:"), fill: nil)], [(.table([cells]), fill: nil)]]
    }
}
