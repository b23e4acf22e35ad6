import SeamsAnalyzer
import SeamsReports

/// The interfaces between two workflow levels, summed for the large workflow summary: one arrow
/// per pair of levels, coloured by the worst interface.
struct LevelLink {
    var from: Int
    var to: Int
    var count = 0
    var bits = 0.0
    var worst = 0.0
    var lowerBound = false

    var band: BitsScale.Band { BitsScale.band(worst, lowerBound: lowerBound) }

    /// `3 interfaces, 7.5 bits open`.
    var text: String {
        "\(count) \(count == 1 ? "interface" : "interfaces"), \(DiagramStyle.bitsText(bits, lowerBound: lowerBound)) open"
    }

    var tooltip: String { "level \(from + 1) -> level \(to + 1): \(text); colour of the worst interface" }

    /// Links sorted by source level, then target level; interfaces within one level are left out.
    static func links(order: WorkflowOrder, score: DocumentScore) -> [LevelLink] {
        var levelOf: [String: Int] = [:]
        for (number, level) in order.levels.enumerated() { for id in level { levelOf[id] = number } }
        var links: [Int: [Int: LevelLink]] = [:]
        for interface in score.interfaces {
            guard let from = levelOf[interface.from], let to = levelOf[interface.to], from != to else { continue }
            var link = links[from]?[to] ?? LevelLink(from: from, to: to)
            link.count += 1
            link.bits += interface.openBits
            link.worst = max(link.worst, interface.openBits)
            link.lowerBound = link.lowerBound || interface.isLowerBound
            links[from, default: [:]][to] = link
        }
        return links.keys.sorted().flatMap { from in (links[from] ?? [:]).sorted { $0.key < $1.key }.map(\.value) }
    }
}
