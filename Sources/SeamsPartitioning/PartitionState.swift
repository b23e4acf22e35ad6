/// An assignment of a level's vertices to blocks, with block loads and each net's connectivity
/// set (block → pin count) kept up to date under moves, so gains cost O(degree).
///
/// A net's connectivity set lives in the net's own pin slots: net `e` has `|e|` slots, and
/// `lambda[e]` ≤ `|e|` of them are in use.
struct PartitionState {
    let level: Level
    let capacity: Double
    var blockOf: [Int]
    var load: [Double]
    var size: [Int]
    /// True for a block holding a vertex that must be alone.
    var aloneBlock: [Bool]
    var lambda: [Int]
    var slotBlock: [Int]
    var slotCount: [Int]
    /// Directed levels: flowCount[a][b] is the number of vertex edges from block a to block b (a ≠ b).
    var flowCount: [[Int]] = []
    /// Directed levels: a topological order of the block graph, so a move's cycle test is local.
    var order = BlockOrder()
    /// Scratch for the cycle test's exact search: four counts per block (see `countMoveEdges`) and visit stamps.
    var cycleScratch: [Int] = []
    var cycleSeen: [Int] = []
    var cycleStamp = 0

    // Scratch for gain computation, sized to the block count.
    private var accumulated: [Double]
    private var marked: [Int]
    private var touched: [Int] = []
    private var markStamp = 0

    init(level: Level, blockOf: [Int], blockCount: Int, capacity: Double) {
        self.level = level
        self.capacity = capacity
        self.blockOf = blockOf
        let graph = level.hypergraph
        load = [Double](repeating: 0, count: blockCount)
        size = [Int](repeating: 0, count: blockCount)
        aloneBlock = [Bool](repeating: false, count: blockCount)
        for vertex in 0..<graph.vertexCount {
            let block = blockOf[vertex]
            load[block] += graph.vertexWeights[vertex]
            size[block] += 1
            if level.alone[vertex] { aloneBlock[block] = true }
        }
        lambda = [Int](repeating: 0, count: graph.netCount)
        slotBlock = [Int](repeating: -1, count: graph.pins.count)
        slotCount = [Int](repeating: 0, count: graph.pins.count)
        accumulated = [Double](repeating: 0, count: blockCount)
        marked = [Int](repeating: -1, count: blockCount)
        for net in 0..<graph.netCount {
            for slot in graph.pinRange(net) { increment(net, blockOf[graph.pins[slot]]) }
        }
        if level.isDirected {
            flowCount = [[Int]](repeating: [Int](repeating: 0, count: blockCount), count: blockCount)
            for vertex in 0..<graph.vertexCount {
                for next in level.successors[vertex] where blockOf[next] != blockOf[vertex] { flowCount[blockOf[vertex]][blockOf[next]] += 1 }
            }
        }
    }

    var blockCount: Int { load.count }

    /// Adds an empty block and returns its id.
    mutating func addBlock() -> Int {
        load.append(0)
        size.append(0)
        aloneBlock.append(false)
        accumulated.append(0)
        marked.append(-1)
        if level.isDirected {
            for row in flowCount.indices { flowCount[row].append(0) }
            flowCount.append([Int](repeating: 0, count: load.count))
            order.addBlock(load.count - 1)
        }
        return load.count - 1
    }

    @inline(__always) func pinCount(_ net: Int, _ block: Int) -> Int {
        let base = level.hypergraph.netStart[net]
        for slot in base..<(base + lambda[net]) where slotBlock[slot] == block { return slotCount[slot] }
        return 0
    }

    @inline(__always) private mutating func increment(_ net: Int, _ block: Int) {
        let base = level.hypergraph.netStart[net]
        let end = base + lambda[net]
        for slot in base..<end where slotBlock[slot] == block {
            slotCount[slot] += 1
            return
        }
        slotBlock[end] = block
        slotCount[end] = 1
        lambda[net] += 1
    }

    @inline(__always) private mutating func decrement(_ net: Int, _ block: Int) {
        let base = level.hypergraph.netStart[net]
        let last = base + lambda[net] - 1
        for slot in base...last where slotBlock[slot] == block {
            slotCount[slot] -= 1
            if slotCount[slot] == 0 {
                slotBlock[slot] = slotBlock[last]
                slotCount[slot] = slotCount[last]
                slotBlock[last] = -1
                slotCount[last] = 0
                lambda[net] -= 1
            }
            return
        }
    }

    /// Σ over nets of weight × (λ − 1).
    var cost: Double {
        var total = 0.0
        let weights = level.hypergraph.netWeights
        for net in 0..<lambda.count { total += weights[net] * Double(lambda[net] - 1) }
        return total
    }

    var isWithinCapacity: Bool { load.allSatisfy { $0 <= capacity + Self.tolerance } }

    static let tolerance = 1e-9

    /// Whether `vertex` may join `block`: capacity, alone-ness, conflicts and (directed levels) no
    /// cycle of the block graph. Mutating only for the block order's bookkeeping.
    mutating func canMove(_ vertex: Int, to block: Int) -> Bool {
        let from = blockOf[vertex]
        if block == from { return false }
        if level.alone[vertex] { return size[block] == 0 }
        if aloneBlock[block] { return false }
        if load[block] + level.hypergraph.vertexWeights[vertex] > capacity + Self.tolerance { return false }
        for other in level.conflicts[vertex] where blockOf[other] == block { return false }
        if level.isDirected && closesCycle(moving: vertex, to: block) { return false }
        return true
    }

    /// Moves a vertex, keeping loads and connectivity sets exact.
    mutating func move(_ vertex: Int, to block: Int) {
        let from = blockOf[vertex]
        guard from != block else { return }
        let graph = level.hypergraph
        for index in graph.netRange(vertex) {
            let net = graph.incidence[index]
            decrement(net, from)
            increment(net, block)
        }
        let weight = graph.vertexWeights[vertex]
        load[from] -= weight
        load[block] += weight
        size[from] -= 1
        size[block] += 1
        if level.alone[vertex] {
            aloneBlock[from] = false
            aloneBlock[block] = true
        }
        var againstOrder = false
        if level.isDirected {
            let position = order.isValid ? order.position : []
            let here = order.isValid ? position[block] : 0
            for next in level.successors[vertex] {
                let other = blockOf[next]
                if other != from { flowCount[from][other] -= 1 }
                if other != block {
                    flowCount[block][other] += 1
                    if !position.isEmpty && position[other] < here { againstOrder = true }
                }
            }
            for previous in level.predecessors[vertex] {
                let other = blockOf[previous]
                if other != from { flowCount[other][from] -= 1 }
                if other != block {
                    flowCount[other][block] += 1
                    if !position.isEmpty && position[other] > here { againstOrder = true }
                }
            }
        }
        blockOf[vertex] = block
        if level.isDirected {
            if againstOrder { order.repair(around: block, flowCount: flowCount) } else { order.noteMove() }
        }
    }

    /// The best feasible move of `vertex` to a block its nets already touch (or to any block with
    /// room when `anyBlock`), as (gain, block); ties prefer the lighter, then the lower block.
    mutating func bestMove(_ vertex: Int, anyBlock: Bool = false) -> (gain: Double, block: Int)? {
        let graph = level.hypergraph
        let from = blockOf[vertex]
        var removal = 0.0
        var total = 0.0
        markStamp += 1
        touched.removeAll(keepingCapacity: true)
        for index in graph.netRange(vertex) {
            let net = graph.incidence[index]
            let weight = graph.netWeights[net]
            total += weight
            let base = graph.netStart[net]
            for slot in base..<(base + lambda[net]) {
                let block = slotBlock[slot]
                if block == from {
                    if slotCount[slot] == 1 { removal += weight }
                    continue
                }
                if marked[block] != markStamp {
                    marked[block] = markStamp
                    accumulated[block] = 0
                    touched.append(block)
                }
                accumulated[block] += weight
            }
        }
        var best: (gain: Double, block: Int)?
        for block in touched where canMove(vertex, to: block) {
            let gain = removal - total + accumulated[block]
            if let current = best {
                if gain > current.gain || (gain == current.gain && (load[block], block) < (load[current.block], current.block)) {
                    best = (gain, block)
                }
            } else {
                best = (gain, block)
            }
        }
        if anyBlock {
            let base = removal - total
            for block in 0..<blockCount where marked[block] != markStamp && canMove(vertex, to: block) {
                if let current = best {
                    if base > current.gain || (base == current.gain && (load[block], block) < (load[current.block], current.block)) {
                        best = (base, block)
                    }
                } else {
                    best = (base, block)
                }
            }
        }
        return best
    }

    /// True when some net of the vertex spans more than one block.
    func isBoundary(_ vertex: Int) -> Bool {
        let graph = level.hypergraph
        for index in graph.netRange(vertex) where lambda[graph.incidence[index]] > 1 { return true }
        return false
    }

    /// Whether `b` is reachable from `a` by a path of at least two block edges; merging two blocks
    /// closes a cycle exactly when such a path runs between them in either direction.
    func reachesIndirectly(_ a: Int, _ b: Int) -> Bool {
        let count = blockCount
        var seen = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        for next in 0..<count where next != a && next != b && flowCount[a][next] > 0 { seen[next] = true; stack.append(next) }
        while let block = stack.popLast() {
            for next in 0..<count where next != block && flowCount[block][next] > 0 {
                if next == b { return true }
                if next != a && !seen[next] { seen[next] = true; stack.append(next) }
            }
        }
        return false
    }

    /// Whether blocks `a` and `b` can become one without a cycle in the block graph.
    func canMerge(_ a: Int, _ b: Int) -> Bool {
        !level.isDirected || (!reachesIndirectly(a, b) && !reachesIndirectly(b, a))
    }

    /// True when the block graph has no directed cycle (always for levels without direction).
    var isAcyclic: Bool {
        !level.isDirected || BlockOrder.topologicalOrder(flowCount) != nil
    }
}
