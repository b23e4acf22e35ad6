/// The optimum by enumerating every set partition (restricted growth strings): the reference
/// the architect's exact search and heuristics are checked against. Exponential; n ≤ 10.
public enum BruteForce {
    /// A small partitioning instance in plain arrays, independent of the partitioner's types.
    public struct Instance {
        public var weights: [Double]
        public var nets: [[Int]]
        public var netWeights: [Double]
        public var together: [[Int]] = []
        public var apart: [[Int]] = []
        public var alone: [Int] = []
        public var capacity: Double
        public var blockCount: Int?
        /// Directed flow [producer, consumer]: when non-empty the block graph must be acyclic, except
        /// through cycles of the flow itself that cannot share one block.
        public var edges: [[Int]] = []

        public init(weights: [Double], nets: [[Int]], netWeights: [Double], capacity: Double) {
            self.weights = weights
            self.nets = nets
            self.netWeights = netWeights
            self.capacity = capacity
        }
    }

    /// The least cost over all feasible partitions, or nil when none is feasible.
    public static func optimum(_ instance: Instance) -> Double? {
        let count = instance.weights.count
        var labels = [Int](repeating: 0, count: count)
        var best: Double?
        let kept = keptEdges(instance)
        func visit(_ index: Int, _ used: Int) {
            if index == count {
                guard isFeasible(labels, blocks: used, instance, kept: kept) else { return }
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

    public static func cost(_ labels: [Int], _ instance: Instance) -> Double {
        var total = 0.0
        for (index, net) in instance.nets.enumerated() {
            let blocks = Set(net.map { labels[$0] })
            total += instance.netWeights[index] * Double(blocks.count - 1)
        }
        return total
    }

    public static func isFeasible(_ labels: [Int], blocks: Int, _ instance: Instance, kept: [[Int]]? = nil) -> Bool {
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
        return isAcyclic(labels, blocks: blocks, kept: kept ?? keptEdges(instance))
    }

    /// The block graph without the edges inside unsplittable-into-one-block flow cycles has no cycle.
    public static func isAcyclic(_ labels: [Int], blocks: Int, kept: [[Int]]) -> Bool {
        var reach = [[Bool]](repeating: [Bool](repeating: false, count: blocks), count: blocks)
        for edge in kept where labels[edge[0]] != labels[edge[1]] { reach[labels[edge[0]]][labels[edge[1]]] = true }
        for middle in 0..<blocks {
            for a in 0..<blocks where reach[a][middle] {
                for b in 0..<blocks where reach[middle][b] { reach[a][b] = true }
            }
        }
        return !(0..<blocks).contains { reach[$0][$0] }
    }

    /// The edges that must not close a block cycle: all of them, minus those inside a cycle of the
    /// flow (with together groups as one vertex) that cannot be one block (too heavy, holds a gate
    /// or an apart pair). Found by transitive closure, independently of the partitioner's Tarjan.
    public static func keptEdges(_ instance: Instance) -> [[Int]] {
        let count = instance.weights.count
        var group = Array(0..<count)
        for members in instance.together { for member in members { group[member] = group[members[0]] } }
        // Together groups can chain: settle representatives.
        for _ in 0..<count { for vertex in 0..<count { group[vertex] = group[group[vertex]] } }
        var reach = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
        for vertex in 0..<count { reach[vertex][group[vertex]] = true; reach[group[vertex]][vertex] = true }
        for edge in instance.edges { reach[edge[0]][edge[1]] = true }
        for middle in 0..<count {
            for a in 0..<count where reach[a][middle] {
                for b in 0..<count where reach[middle][b] { reach[a][b] = true }
            }
        }
        func component(_ vertex: Int) -> [Int] { (0..<count).filter { $0 == vertex || (reach[vertex][$0] && reach[$0][vertex]) } }
        func splits(_ members: [Int]) -> Bool {
            let set = Set(members)
            let weight = members.reduce(0.0) { $0 + instance.weights[$1] }
            if weight > instance.capacity + 1e-9 { return true }
            if members.count > 1 && members.contains(where: instance.alone.contains) { return true }
            return instance.apart.contains { apartGroup in apartGroup.filter(set.contains).count > 1 }
        }
        return instance.edges.filter { edge in
            let members = component(edge[0])
            return !(members.contains(edge[1]) && members.count > 1 && splits(members))
        }
    }
}
