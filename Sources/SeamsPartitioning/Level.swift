/// One level of the multilevel hierarchy: a hypergraph whose vertices are clusters of the level
/// below, with the constraints carried up (conflicts between clusters, clusters that must be alone).
struct Level {
    var hypergraph: Hypergraph
    /// Sorted, symmetric conflict lists: vertices that may not share a block.
    var conflicts: [[Int]]
    var alone: [Bool]
    /// Directed flow between vertices (producer → consumer), sorted and without self-loops; empty
    /// for graphs without direction. When present the block graph must stay acyclic.
    var successors: [[Int]] = []
    var predecessors: [[Int]] = []
    /// True once `setFlow` has run: graphs without direction (METIS, hMETIS) keep the plain objective.
    var isDirected = false

    var vertexCount: Int { hypergraph.vertexCount }

    @inline(__always) func conflicts(_ a: Int, _ b: Int) -> Bool {
        let list = conflicts[a]
        if list.isEmpty { return false }
        // Lists are short in practice; binary search keeps long ones cheap.
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < b { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == b
    }

    /// Contracts vertices by `clusterOf` (values 0..<clusterCount) into the next coarser level.
    func contracted(clusterOf: [Int], clusterCount: Int) -> Level {
        let graph = hypergraph
        var weights = [Double](repeating: 0, count: clusterCount)
        for vertex in 0..<vertexCount { weights[clusterOf[vertex]] += graph.vertexWeights[vertex] }
        var netStart = [0]
        var pins: [Int] = []
        var netWeights: [Double] = []
        var mark = [Int](repeating: -1, count: clusterCount)
        // Identical coarse nets are merged by their pin list, keeping the weight sum.
        var seenNets: [[Int]: Int] = [:]
        var scratch: [Int] = []
        for net in 0..<graph.netCount {
            scratch.removeAll(keepingCapacity: true)
            for slot in graph.pinRange(net) {
                let cluster = clusterOf[graph.pins[slot]]
                if mark[cluster] != net { mark[cluster] = net; scratch.append(cluster) }
            }
            guard scratch.count >= 2 else { continue }
            scratch.sort()
            if let existing = seenNets[scratch] {
                netWeights[existing] += graph.netWeights[net]
                continue
            }
            seenNets[scratch] = netWeights.count
            pins.append(contentsOf: scratch)
            netStart.append(pins.count)
            netWeights.append(graph.netWeights[net])
        }
        var coarseConflicts = [[Int]](repeating: [], count: clusterCount)
        var alone = [Bool](repeating: false, count: clusterCount)
        for vertex in 0..<vertexCount {
            let cluster = clusterOf[vertex]
            if self.alone[vertex] { alone[cluster] = true }
            for other in conflicts[vertex] { coarseConflicts[cluster].append(clusterOf[other]) }
        }
        for cluster in 0..<clusterCount where !coarseConflicts[cluster].isEmpty {
            coarseConflicts[cluster] = Array(Set(coarseConflicts[cluster])).sorted()
        }
        var coarse = Level(hypergraph: Hypergraph(vertexWeights: weights, netStart: netStart, pins: pins, netWeights: netWeights),
                           conflicts: coarseConflicts, alone: alone)
        if isDirected {
            var edges: [(Int, Int)] = []
            for vertex in 0..<vertexCount {
                for next in successors[vertex] where clusterOf[vertex] != clusterOf[next] { edges.append((clusterOf[vertex], clusterOf[next])) }
            }
            coarse.setFlow(edges, vertexCount: clusterCount)
        }
        return coarse
    }

    /// Sets the directed flow from (producer, consumer) pairs; self-loops and repeats are dropped.
    mutating func setFlow(_ edges: [(Int, Int)], vertexCount count: Int) {
        var next = [[Int]](repeating: [], count: count)
        var previous = [[Int]](repeating: [], count: count)
        for (from, to) in edges where from != to {
            next[from].append(to)
            previous[to].append(from)
        }
        successors = next.map { Array(Set($0)).sorted() }
        predecessors = previous.map { Array(Set($0)).sorted() }
        isDirected = true
    }

    /// Longest-path depth of each vertex from the sources (the level's flow must be acyclic).
    func topologicalDepth() -> [Int] {
        let count = vertexCount
        var depth = [Int](repeating: 0, count: count)
        guard isDirected else { return depth }
        var remaining = predecessors.map(\.count)
        var ready = (0..<count).filter { remaining[$0] == 0 }
        var cursor = 0
        while cursor < ready.count {
            let vertex = ready[cursor]
            cursor += 1
            for next in successors[vertex] {
                depth[next] = max(depth[next], depth[vertex] + 1)
                remaining[next] -= 1
                if remaining[next] == 0 { ready.append(next) }
            }
        }
        return depth
    }
}
