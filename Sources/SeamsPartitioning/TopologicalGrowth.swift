/// The initial partition of a directed level (dagP's idea): blocks are grown one after another
/// along a topological order that is chosen as it goes. A vertex becomes a candidate only when
/// every vertex it depends on is placed, and the open block takes the candidate most connected to
/// it. Every edge then runs from an earlier block to the same or a later one, so the block graph
/// is acyclic by construction. A vertex that must be alone waits until the open block closes and
/// then gets a block of its own, so no block holds work on both sides of it.
enum TopologicalGrowth {
    static func grow(_ level: Level, blockCount fixed: Int?, capacity: Double, order: [Int]) -> (blockOf: [Int], blockCount: Int) {
        let graph = level.hypergraph
        let count = graph.vertexCount
        var rank = [Int](repeating: 0, count: count)
        for (position, vertex) in order.enumerated() { rank[vertex] = position }
        var waiting = level.predecessors.map(\.count)
        var ready = (0..<count).filter { waiting[$0] == 0 }
        var blockOf = [Int](repeating: -1, count: count)
        let aloneCount = level.alone.filter { $0 }.count
        let restWeight = (0..<count).filter { !level.alone[$0] }.reduce(0.0) { $0 + graph.vertexWeights[$1] }
        let growable = fixed.map { max(1, $0 - aloneCount) }
        let target = growable.map { min(capacity, restWeight / Double($0)) } ?? capacity
        var blocks = 0
        var grown = 0
        var open = -1
        var openLoad = 0.0
        var affinity = [Double](repeating: 0, count: count)
        var netSeen = [Int](repeating: -1, count: graph.netCount)

        func place(_ vertex: Int, _ block: Int) {
            blockOf[vertex] = block
            if let index = ready.firstIndex(of: vertex) { ready.remove(at: index) }
            for next in level.successors[vertex] {
                waiting[next] -= 1
                if waiting[next] == 0 { ready.append(next) }
            }
        }
        func fits(_ vertex: Int) -> Bool {
            let lastBlock = growable.map { grown >= $0 } ?? false
            let limit = lastBlock ? Double.infinity : (openLoad == 0 ? capacity : target)
            if openLoad + graph.vertexWeights[vertex] > limit + 1e-9 { return false }
            return !level.conflicts[vertex].contains { blockOf[$0] == open }
        }

        var placed = 0
        while placed < count {
            var pick = -1
            if open >= 0 {
                for vertex in ready where !level.alone[vertex] && fits(vertex) {
                    if pick < 0 || affinity[vertex] > affinity[pick] || (affinity[vertex] == affinity[pick] && rank[vertex] < rank[pick]) {
                        pick = vertex
                    }
                }
            }
            if pick >= 0 {
                place(pick, open)
                placed += 1
                openLoad += graph.vertexWeights[pick]
                for index in graph.netRange(pick) {
                    let net = graph.incidence[index]
                    if netSeen[net] == open || graph.netSize(net) > Refiner.largeNet { continue }
                    netSeen[net] = open
                    for slot in graph.pinRange(net) where blockOf[graph.pins[slot]] < 0 {
                        affinity[graph.pins[slot]] += graph.netWeights[net]
                    }
                }
                continue
            }
            // The open block is done: ready vertices that must be alone get their own blocks, then a new block opens.
            for vertex in ready.sorted(by: { rank[$0] < rank[$1] }) where level.alone[vertex] {
                place(vertex, blocks)
                blocks += 1
                placed += 1
            }
            if ready.isEmpty && placed < count {
                // Only a level with a cycle gets here (callers contract cycles first): release the rest.
                ready = (0..<count).filter { blockOf[$0] < 0 }
            }
            guard ready.contains(where: { !level.alone[$0] }) else { continue }
            for vertex in 0..<count where affinity[vertex] != 0 { affinity[vertex] = 0 }
            open = blocks
            blocks += 1
            grown += 1
            openLoad = 0
        }
        return (blockOf, blocks)
    }
}
