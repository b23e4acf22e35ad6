@testable import SeamsArchitect

/// The optimum by enumerating every set partition (restricted growth strings): the reference
/// the architect's exact search and heuristics are checked against. Exponential; n ≤ 10.
enum BruteForce {
    struct Instance {
        var weights: [Double]
        var nets: [[Int]]
        var netWeights: [Double]
        var together: [[Int]] = []
        var apart: [[Int]] = []
        var alone: [Int] = []
        var capacity: Double
        var blockCount: Int?
    }

    /// The least cost over all feasible partitions, or nil when none is feasible.
    static func optimum(_ instance: Instance) -> Double? {
        let count = instance.weights.count
        var labels = [Int](repeating: 0, count: count)
        var best: Double?
        func visit(_ index: Int, _ used: Int) {
            if index == count {
                guard isFeasible(labels, blocks: used, instance) else { return }
                let cost = cost(labels, instance)
                if best == nil || cost < best ?? 0 { best = cost }
                return
            }
            for label in 0...used {
                labels[index] = label
                visit(index + 1, label == used ? used + 1 : used)
            }
        }
        if count > 0 {
            labels[0] = 0
            visit(1, 1)
        } else {
            best = 0
        }
        return best
    }

    static func cost(_ labels: [Int], _ instance: Instance) -> Double {
        var total = 0.0
        for (index, net) in instance.nets.enumerated() {
            let blocks = Set(net.map { labels[$0] })
            total += instance.netWeights[index] * Double(blocks.count - 1)
        }
        return total
    }

    static func isFeasible(_ labels: [Int], blocks: Int, _ instance: Instance) -> Bool {
        if let fixed = instance.blockCount, fixed != blocks { return false }
        var load = [Double](repeating: 0, count: blocks)
        var size = [Int](repeating: 0, count: blocks)
        for (vertex, label) in labels.enumerated() {
            load[label] += instance.weights[vertex]
            size[label] += 1
        }
        if load.contains(where: { $0 > instance.capacity + 1e-9 }) { return false }
        for group in instance.together where Set(group.map { labels[$0] }).count > 1 { return false }
        for group in instance.apart where Set(group.map { labels[$0] }).count != Set(group).count { return false }
        for vertex in instance.alone where size[labels[vertex]] != 1 { return false }
        return true
    }
}
