/// Branch and bound over all assignments of a small level, with symmetric blocks broken by
/// opening blocks in order. The bound is the cost of the nets already cut, which only grows as
/// vertices are placed. It proves optimality when it finishes within its node budget; otherwise
/// it reports the smallest bound among the subtrees it did not explore. On a directed level a
/// branch whose placed vertices already close a cycle of the block graph is cut: that cycle can
/// only persist as more vertices are placed, so the search stays exact under acyclicity.
struct ExactSearch {
    struct Outcome {
        var blockOf: [Int]
        var cost: Double
        /// True when the search space was exhausted: `cost` is optimal.
        var isComplete: Bool
        /// A lower bound on the optimum (the optimum itself when complete).
        var lowerBound: Double
        var nodes: Int
    }

    // The problem, fixed at `init`. The level's arrays are held one by one rather than as a
    // `Level`: the search reads them at every node, and reading them through a stored level
    // copies the whole level in unoptimised builds.
    private let capacity: Double
    /// Exactly this many non-empty blocks, or nil for any count.
    private let fixedBlocks: Int?
    private let nodeBudget: Int
    /// Blocks the search may open: `fixedBlocks`, or one per vertex.
    private let maxBlocks: Int
    private let isDirected: Bool
    private let alone: [Bool]
    private let conflicts: [[Int]]
    private let successors: [[Int]]
    private let predecessors: [[Int]]
    private let vertexWeights: [Double]
    private let netWeights: [Double]
    private let incidenceStart: [Int]
    private let incidence: [Int]
    /// Vertices in the order they are placed (`searchOrder`).
    private let order: [Int]
    /// remainingWeight[depth]: the weight of the vertices placed at `depth` and deeper.
    private let remainingWeight: [Double]

    // The search's state.
    private var blockOf: [Int]
    private var load: [Double]
    private var blockAlone: [Bool]
    /// pinCount[net * maxBlocks + block]
    private var pinCount: [Int]
    /// Blocks each net has pins in (its λ among placed vertices).
    private var netBlocks: [Int]
    private var used = 0
    private var partial = 0.0
    private var bestCost = Double.infinity
    private var best: [Int] = []
    private var nodes = 0
    private var aborted = false
    private var frontier = Double.infinity
    /// Directed levels: flowCount[a * maxBlocks + b] counts edges between placed vertices from block a to b.
    private var flowCount: [Int] = []
    /// Directed levels: how many blocks feed each block, and how many each block feeds.
    private var feeders: [Int] = []
    private var fed: [Int] = []
    /// Directed levels: `isOnCycle`'s scratch, kept between calls.
    private var seenStamp: [Int] = []
    private var stamp = 0
    private var cycleStack: [Int] = []

    init(level: Level, capacity: Double, fixedBlocks: Int?, nodeBudget: Int) {
        let graph = level.hypergraph
        let count = graph.vertexCount
        self.capacity = capacity
        self.fixedBlocks = fixedBlocks
        self.nodeBudget = nodeBudget
        maxBlocks = fixedBlocks ?? count
        isDirected = level.isDirected
        alone = level.alone
        conflicts = level.conflicts
        successors = level.successors
        predecessors = level.predecessors
        vertexWeights = graph.vertexWeights
        netWeights = graph.netWeights
        incidenceStart = graph.incidenceStart
        incidence = graph.incidence
        let order = Self.searchOrder(graph)
        self.order = order
        var remaining = [Double](repeating: 0, count: count + 1)
        for depth in stride(from: count - 1, through: 0, by: -1) {
            remaining[depth] = remaining[depth + 1] + graph.vertexWeights[order[depth]]
        }
        remainingWeight = remaining
        blockOf = [Int](repeating: -1, count: count)
        load = [Double](repeating: 0, count: maxBlocks)
        blockAlone = [Bool](repeating: false, count: maxBlocks)
        pinCount = [Int](repeating: 0, count: graph.netCount * maxBlocks)
        netBlocks = [Int](repeating: 0, count: graph.netCount)
        if isDirected {
            flowCount = [Int](repeating: 0, count: maxBlocks * maxBlocks)
            feeders = [Int](repeating: 0, count: maxBlocks)
            fed = [Int](repeating: 0, count: maxBlocks)
            seenStamp = [Int](repeating: 0, count: maxBlocks)
            cycleStack = [Int](repeating: 0, count: maxBlocks)
        }
    }

    /// Searches for an assignment strictly better than `incumbent` (cost `incumbentCost`). Runs
    /// once per search: the state it leaves is spent.
    mutating func run(incumbent: [Int], incumbentCost: Double) -> Outcome {
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
        if depth == order.count {
            if let fixedBlocks, used != fixedBlocks { return }
            if partial < bestCost - 1e-12 {
                bestCost = partial
                best = Self.normalised(blockOf)
            }
            return
        }
        let vertex = order[depth]
        let weight = vertexWeights[vertex]
        let verticesLeft = order.count - depth
        if let fixedBlocks, used + verticesLeft < fixedBlocks { return }
        // Capacity: what is left must fit in the room of open blocks plus blocks still to open.
        var room = 0.0
        var open = 0
        while open < used {
            if !blockAlone[open] { room += max(0, capacity - load[open]) }
            open += 1
        }
        room += Double(maxBlocks - used) * capacity
        if remainingWeight[depth] > room + 1e-9 { return }

        let candidateCount = min(used + 1, maxBlocks)
        let isAlone = alone[vertex]
        let firstNet = incidenceStart[vertex]
        let endNet = incidenceStart[vertex + 1]
        var block = -1
        while block + 1 < candidateCount {
            block += 1
            if aborted {
                frontier = min(frontier, partial)
                return
            }
            let opening = block == used
            if isAlone && !opening { continue }
            if blockAlone[block] { continue }
            if load[block] + weight > capacity + 1e-9 { continue }
            if conflictsWith(vertex, block) { continue }
            // Place, updating the cost of nets that gain a block.
            var added = 0.0
            var index = firstNet
            while index < endNet {
                let net = incidence[index]
                let slot = net * maxBlocks + block
                if pinCount[slot] == 0 {
                    // The net gains a block: a cost when it already had pins elsewhere.
                    if netBlocks[net] > 0 { added += netWeights[net] }
                    netBlocks[net] += 1
                }
                pinCount[slot] += 1
                index += 1
            }
            if partial + added < bestCost - 1e-12 {
                // The placed vertices' block graph was acyclic (a cycle cuts the branch), so a cycle
                // needs an edge this placement adds; without one the search is skipped.
                let newEdge = isDirected && addFlow(vertex, block, 1)
                // A cycle through `block` also needs an edge into it and one out of it.
                if !newEdge || feeders[block] == 0 || fed[block] == 0 || !isOnCycle(block, blocks: opening ? used + 1 : used) {
                    blockOf[vertex] = block
                    load[block] += weight
                    if opening { used += 1 }
                    if isAlone { blockAlone[block] = true }
                    partial += added
                    search(depth: depth + 1)
                    partial -= added
                    if isAlone { blockAlone[block] = false }
                    if opening { used -= 1 }
                    load[block] -= weight
                    blockOf[vertex] = -1
                }
                if isDirected { addFlow(vertex, block, -1) }
            }
            index = firstNet
            while index < endNet {
                let net = incidence[index]
                let slot = net * maxBlocks + block
                pinCount[slot] -= 1
                if pinCount[slot] == 0 { netBlocks[net] -= 1 }
                index += 1
            }
        }
    }

    /// Whether a vertex that must be apart from `vertex` is placed in `block`. (Mutating only so
    /// that unoptimised builds do not copy the whole search to call it.)
    private mutating func conflictsWith(_ vertex: Int, _ block: Int) -> Bool {
        let others = conflicts[vertex]
        var index = 0
        while index < others.count {
            if blockOf[others[index]] == block { return true }
            index += 1
        }
        return false
    }

    /// Adds (`sign` 1) or removes (-1) the block edges between `vertex`, placed in `block`, and its
    /// placed neighbours; returns whether a block edge appeared that was not there before.
    /// (Index loops: this and `isOnCycle` run at every search node, and unoptimised builds pay for iterators.)
    @discardableResult
    private mutating func addFlow(_ vertex: Int, _ block: Int, _ sign: Int) -> Bool {
        var appeared = false
        let next = successors[vertex]
        var index = 0
        while index < next.count {
            let other = blockOf[next[index]]
            if other >= 0 && other != block && countFlow(from: block, to: other, sign) { appeared = true }
            index += 1
        }
        let previous = predecessors[vertex]
        index = 0
        while index < previous.count {
            let other = blockOf[previous[index]]
            if other >= 0 && other != block && countFlow(from: other, to: block, sign) { appeared = true }
            index += 1
        }
        return appeared
    }

    /// One edge between placed concerns of `source` and `target` added or removed; returns whether
    /// the block edge `source → target` appeared with it.
    private mutating func countFlow(from source: Int, to target: Int, _ sign: Int) -> Bool {
        let slot = source * maxBlocks + target
        let appeared = sign > 0 && flowCount[slot] == 0
        if appeared { fed[source] += 1; feeders[target] += 1 }
        flowCount[slot] += sign
        if sign < 0 && flowCount[slot] == 0 { fed[source] -= 1; feeders[target] -= 1 }
        return appeared
    }

    /// Whether `block` lies on a cycle of the block graph among the first `blocks` blocks
    /// (depth-first, with scratch kept between calls: this runs at every search node).
    private mutating func isOnCycle(_ block: Int, blocks: Int) -> Bool {
        stamp += 1
        cycleStack[0] = block
        var depth = 1
        while depth > 0 {
            depth -= 1
            let current = cycleStack[depth]
            let row = current * maxBlocks
            var next = 0
            while next < blocks {
                if next != current && flowCount[row + next] > 0 {
                    if next == block { return true }
                    if seenStamp[next] != stamp {
                        seenStamp[next] = stamp
                        cycleStack[depth] = next
                        depth += 1
                    }
                }
                next += 1
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
