/// Branch and bound over all assignments of a small level, with symmetric blocks broken by
/// opening blocks in order. The bound is the cost of the nets already cut, which only grows as
/// vertices are placed. It proves optimality when it finishes within its node budget; otherwise
/// it reports the smallest bound among the subtrees it did not explore. On a directed level a
/// branch whose placed vertices already close a cycle of the block graph is cut: that cycle can
/// only persist as more vertices are placed, so the search stays exact under acyclicity.
struct ExactSearch {
    let level: Level
    let capacity: Double
    /// Exactly this many non-empty blocks, or nil for any count.
    let fixedBlocks: Int?
    let nodeBudget: Int

    struct Outcome {
        var blockOf: [Int]
        var cost: Double
        /// True when the search space was exhausted: `cost` is optimal.
        var isComplete: Bool
        /// A lower bound on the optimum (the optimum itself when complete).
        var lowerBound: Double
        var nodes: Int
    }

    private var order: [Int] = []
    private var blockOf: [Int] = []
    private var load: [Double] = []
    private var blockAlone: [Bool] = []
    /// pinCount[net * maxBlocks + block]
    private var pinCount: [Int] = []
    private var maxBlocks = 0
    private var used = 0
    private var partial = 0.0
    private var bestCost = Double.infinity
    private var best: [Int] = []
    private var nodes = 0
    private var aborted = false
    private var frontier = Double.infinity
    private var remainingWeight: [Double] = []
    /// Directed levels: flowCount[a * maxBlocks + b] counts edges between placed vertices from block a to b.
    private var flowCount: [Int] = []
    private var seenStamp: [Int] = []
    private var stamp = 0
    private var cycleStack: [Int] = []

    init(level: Level, capacity: Double, fixedBlocks: Int?, nodeBudget: Int) {
        self.level = level
        self.capacity = capacity
        self.fixedBlocks = fixedBlocks
        self.nodeBudget = nodeBudget
    }

    /// Searches for an assignment strictly better than `incumbent` (cost `incumbentCost`).
    mutating func run(incumbent: [Int], incumbentCost: Double) -> Outcome {
        let graph = level.hypergraph
        let count = graph.vertexCount
        maxBlocks = fixedBlocks ?? count
        order = Self.searchOrder(graph)
        blockOf = [Int](repeating: -1, count: count)
        load = [Double](repeating: 0, count: maxBlocks)
        blockAlone = [Bool](repeating: false, count: maxBlocks)
        pinCount = [Int](repeating: 0, count: graph.netCount * maxBlocks)
        if level.isDirected { flowCount = [Int](repeating: 0, count: maxBlocks * maxBlocks) }
        remainingWeight = [Double](repeating: 0, count: count + 1)
        for depth in stride(from: count - 1, through: 0, by: -1) {
            remainingWeight[depth] = remainingWeight[depth + 1] + graph.vertexWeights[order[depth]]
        }
        bestCost = incumbentCost
        best = incumbent
        search(depth: 0)
        let complete = !aborted
        return Outcome(blockOf: best, cost: bestCost, isComplete: complete,
                       lowerBound: complete ? bestCost : min(bestCost, frontier), nodes: nodes)
    }

    /// Heaviest-connected vertex first, then always the vertex most connected to those placed.
    static func searchOrder(_ graph: Hypergraph) -> [Int] {
        let count = graph.vertexCount
        var placed = [Bool](repeating: false, count: count)
        var connection = [Double](repeating: 0, count: count)
        for vertex in 0..<count {
            for index in graph.netRange(vertex) { connection[vertex] += graph.netWeights[graph.incidence[index]] * 1e-6 }
        }
        var order: [Int] = []
        for _ in 0..<count {
            var pick = -1
            for vertex in 0..<count where !placed[vertex] {
                if pick < 0 || connection[vertex] > connection[pick] { pick = vertex }
            }
            placed[pick] = true
            order.append(pick)
            for index in graph.netRange(pick) {
                let net = graph.incidence[index]
                for slot in graph.pinRange(net) where !placed[graph.pins[slot]] {
                    connection[graph.pins[slot]] += graph.netWeights[net]
                }
            }
        }
        return order
    }

    private mutating func search(depth: Int) {
        if aborted { return }
        nodes += 1
        if nodes > nodeBudget {
            aborted = true
            frontier = min(frontier, partial)
            return
        }
        let graph = level.hypergraph
        if depth == order.count {
            if let fixedBlocks, used != fixedBlocks { return }
            if partial < bestCost - 1e-12 {
                bestCost = partial
                best = Self.normalised(blockOf)
            }
            return
        }
        let vertex = order[depth]
        let weight = graph.vertexWeights[vertex]
        let verticesLeft = order.count - depth
        if let fixedBlocks, used + verticesLeft < fixedBlocks { return }
        // Capacity: what is left must fit in the room of open blocks plus blocks still to open.
        var room = 0.0
        for block in 0..<used where !blockAlone[block] { room += max(0, capacity - load[block]) }
        room += Double(maxBlocks - used) * capacity
        if remainingWeight[depth] > room + 1e-9 { return }

        let candidateCount = min(used + 1, maxBlocks)
        for block in 0..<candidateCount {
            if aborted {
                frontier = min(frontier, partial)
                return
            }
            let opening = block == used
            if level.alone[vertex] && !opening { continue }
            if blockAlone[block] { continue }
            if load[block] + weight > capacity + 1e-9 { continue }
            if level.conflicts[vertex].contains(where: { blockOf[$0] == block }) { continue }
            // Place, updating the cost of nets that gain a block.
            var added = 0.0
            for index in graph.netRange(vertex) {
                let net = graph.incidence[index]
                let slot = net * maxBlocks + block
                if pinCount[slot] == 0 {
                    var others = false
                    for check in 0..<used where check != block && pinCount[net * maxBlocks + check] > 0 { others = true; break }
                    if others { added += graph.netWeights[net] }
                }
                pinCount[slot] += 1
            }
            if partial + added < bestCost - 1e-12 {
                if level.isDirected { addFlow(vertex, block, 1) }
                if !level.isDirected || !isOnCycle(block, blocks: opening ? used + 1 : used) {
                    blockOf[vertex] = block
                    load[block] += weight
                    if opening { used += 1 }
                    if level.alone[vertex] { blockAlone[block] = true }
                    partial += added
                    search(depth: depth + 1)
                    partial -= added
                    if level.alone[vertex] { blockAlone[block] = false }
                    if opening { used -= 1 }
                    load[block] -= weight
                    blockOf[vertex] = -1
                }
                if level.isDirected { addFlow(vertex, block, -1) }
            }
            for index in graph.netRange(vertex) { pinCount[graph.incidence[index] * maxBlocks + block] -= 1 }
        }
    }

    /// Adds (`sign` 1) or removes (-1) the block edges between `vertex`, placed in `block`, and its placed neighbours.
    private mutating func addFlow(_ vertex: Int, _ block: Int, _ sign: Int) {
        for next in level.successors[vertex] where blockOf[next] >= 0 && blockOf[next] != block {
            flowCount[block * maxBlocks + blockOf[next]] += sign
        }
        for previous in level.predecessors[vertex] where blockOf[previous] >= 0 && blockOf[previous] != block {
            flowCount[blockOf[previous] * maxBlocks + block] += sign
        }
    }

    /// Whether `block` lies on a cycle of the block graph among the first `blocks` blocks
    /// (depth-first, with scratch kept between calls: this runs at every search node).
    private mutating func isOnCycle(_ block: Int, blocks: Int) -> Bool {
        if seenStamp.count < maxBlocks { seenStamp = [Int](repeating: 0, count: maxBlocks) }
        stamp += 1
        cycleStack.removeAll(keepingCapacity: true)
        cycleStack.append(block)
        while let current = cycleStack.popLast() {
            let row = current * maxBlocks
            for next in 0..<blocks where next != current && flowCount[row + next] > 0 {
                if next == block { return true }
                if seenStamp[next] != stamp { seenStamp[next] = stamp; cycleStack.append(next) }
            }
        }
        return false
    }

    /// Renumbers blocks by their lowest vertex.
    static func normalised(_ blockOf: [Int]) -> [Int] {
        var number: [Int: Int] = [:]
        return blockOf.map { block in
            if let known = number[block] { return known }
            let next = number.count
            number[block] = next
            return next
        }
    }
}
