import SeamsAnalyzer
import SeamsModel

/// Modules × modules, each cell the open bits of the interface from the row to the column, in
/// workflow order; capped to the modules with the most open bits on their interfaces.
struct DependencyMatrix {
    struct Cell {
        var openBits: Double
        var isLowerBound: Bool
    }

    let modules: [String]
    let omitted: Int
    private var cells: [String: Cell] = [:]

    init(document: Document, score: DocumentScore, limit: Int) {
        var involvement: [String: Double] = [:]
        var cells: [String: Cell] = [:]
        for interface in score.interfaces {
            involvement[interface.from, default: 0] += interface.openBits
            involvement[interface.to, default: 0] += interface.openBits
            let key = Self.key(interface.from, interface.to)
            var cell = cells[key] ?? Cell(openBits: 0, isLowerBound: false)
            cell.openBits += interface.openBits
            cell.isLowerBound = cell.isLowerBound || interface.isLowerBound
            cells[key] = cell
        }
        var ids = score.modules.map(\.id)
        if ids.count > limit {
            let kept = Set(ids.sorted { (involvement[$1] ?? 0, $0) < (involvement[$0] ?? 0, $1) }.prefix(limit))
            ids = ids.filter { kept.contains($0) }
        }
        // Workflow order: longest path from the sources along the interfaces, then by id.
        let level = Self.levels(document: document, score: score)
        modules = ids.sorted { (level[$0] ?? 0, $0) < (level[$1] ?? 0, $1) }
        omitted = score.modules.count - modules.count
        self.cells = cells
    }

    func cell(_ producer: String, _ consumer: String) -> Cell? { cells[Self.key(producer, consumer)] }

    private static func key(_ from: String, _ to: String) -> String { from + "\u{0}" + to }

    private static func levels(document: Document, score: DocumentScore) -> [String: Int] {
        var result: [String: Int] = [:]
        let order = WorkflowOrder.compute(document: document, score: score).levels
        for (number, level) in order.enumerated() { for id in level { result[id] = number } }
        return result
    }
}
