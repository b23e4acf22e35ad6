/// Flow refinement of two adjacent blocks at a time, after KaHyPar's and KaHIP's: grow a region
/// around the cut of blocks A and B, contract the rest of A into a source and the rest of B into a
/// sink, and take a minimum cut of that network (Lawler's expansion for nets of three or more
/// pins). FM moves one vertex at a time and stalls where every single move loses; a minimum cut
/// moves a whole region at once and is the best cut that region allows.
///
/// The region in A holds at most what B can still absorb under a relaxed capacity (perfect
/// balance + α × the slack); a cut is taken only when both blocks fit the true capacity, and α
/// halves when neither of the two extreme minimum cuts fits. At α = 1 every cut fits. Vertices
/// that must be alone or apart from others never enter a region, so no constraint can break.
struct FlowRefiner {
    static let initialAlpha = 16.0
    /// Nets larger than this do not grow regions (they are still in the network).
    static let regionNetLimit = 1000
    /// Nets spanning more blocks than this do not make their blocks a pair to refine.
    static let pairNetLimit = 16

    private var regionStamp: [Int]
    private var nodeOf: [Int]
    private var netStamp: [Int]
    private var nodeMark: [Int] = []
    /// Distinct per net across every attempt, so marks left by an earlier network never match.
    private var markValue = 0
    private var stamp = 0

    private init(vertexCount: Int, netCount: Int) {
        regionStamp = [Int](repeating: 0, count: vertexCount)
        nodeOf = [Int](repeating: 0, count: vertexCount)
        netStamp = [Int](repeating: 0, count: netCount)
    }

    /// Rounds over adjacent block pairs (pairs with a block changed in the previous round) until
    /// a round gains nothing; returns the cost removed. The state stays within capacity.
    @discardableResult
    static func refine(_ state: inout PartitionState, rounds: Int = 3) -> Double {
        guard state.blockCount >= 2, state.isWithinCapacity else { return 0 }
        let graph = state.level.hypergraph
        var refiner = FlowRefiner(vertexCount: graph.vertexCount, netCount: graph.netCount)
        var active = [Bool](repeating: true, count: state.blockCount)
        var total = 0.0
        for _ in 0..<rounds {
            var nextActive = [Bool](repeating: false, count: state.blockCount)
            var improved = false
            for (pair, nets) in cutNetsByPair(state) where active[pair.a] || active[pair.b] {
                let gain = refiner.improve(&state, pair.a, pair.b, cutNets: nets)
                if gain > PartitionState.tolerance {
                    total += gain
                    nextActive[pair.a] = true
                    nextActive[pair.b] = true
                    improved = true
                }
            }
            if !improved { break }
            active = nextActive
        }
        return total
    }

    /// Block pairs that share a net, in order, each with the nets they share.
    static func cutNetsByPair(_ state: PartitionState) -> [(pair: (a: Int, b: Int), nets: [Int])] {
        let graph = state.level.hypergraph
        let k = state.blockCount
        var byKey: [Int: [Int]] = [:]
        var blocks: [Int] = []
        for net in 0..<graph.netCount where state.lambda[net] > 1 && state.lambda[net] <= pairNetLimit {
            let base = graph.netStart[net]
            blocks.removeAll(keepingCapacity: true)
            for slot in base..<(base + state.lambda[net]) { blocks.append(state.slotBlock[slot]) }
            blocks.sort()
            for i in 0..<blocks.count {
                for j in (i + 1)..<blocks.count where !state.aloneBlock[blocks[i]] && !state.aloneBlock[blocks[j]] {
                    byKey[blocks[i] * k + blocks[j], default: []].append(net)
                }
            }
        }
        return byKey.keys.sorted().compactMap { key in
            byKey[key].map { ((key / k, key % k), $0) }
        }
    }

    private enum Attempt {
        case infeasible
        case noImprovement
        case improved(gain: Double)
    }

    /// Minimum cuts on regions of shrinking α until one fits and gains nothing more.
    private mutating func improve(_ state: inout PartitionState, _ a: Int, _ b: Int, cutNets: [Int]) -> Double {
        var alpha = Self.initialAlpha
        var gained = 0.0
        for _ in 0..<12 {
            switch attempt(&state, a, b, alpha: alpha, cutNets: cutNets) {
            case .infeasible:
                if alpha <= 1 { return gained }
                alpha = max(1, alpha / 2)
            case .noImprovement:
                return gained
            case .improved(let gain):
                gained += gain
                // A move that only evened the loads ends this pair's turn.
                if gain <= PartitionState.tolerance { return gained }
            }
        }
        return gained
    }

    private mutating func attempt(_ state: inout PartitionState, _ a: Int, _ b: Int, alpha: Double, cutNets: [Int]) -> Attempt {
        let graph = state.level.hypergraph
        let capacity = state.capacity
        let perfect = (state.load[a] + state.load[b]) / 2
        let relaxed = perfect + alpha * max(0, capacity - perfect)
        stamp += 1
        var region: [Int] = []
        let liveCut = cutNets.filter { state.pinCount($0, a) > 0 && state.pinCount($0, b) > 0 }
        if liveCut.isEmpty { return .noImprovement }
        grow(&region, state, block: a, cutNets: liveCut, bound: relaxed - state.load[b])
        let sideA = region.count
        grow(&region, state, block: b, cutNets: liveCut, bound: relaxed - state.load[a])
        if region.isEmpty { return .noImprovement }

        // Source 0 is the rest of A, sink 1 the rest of B, region vertex i is node 2 + i.
        for (index, vertex) in region.enumerated() { nodeOf[vertex] = 2 + index }
        var network = FlowNetwork(nodeCount: 2 + region.count)
        if nodeMark.count < network.nodeCount { nodeMark.append(contentsOf: [Int](repeating: 0, count: network.nodeCount * 2 - nodeMark.count)) }
        var constant = 0.0
        var before = 0.0
        var nodes: [Int] = []
        for vertex in region {
            for index in graph.netRange(vertex) {
                let net = graph.incidence[index]
                if netStamp[net] == stamp { continue }
                netStamp[net] = stamp
                markValue += 1
                nodes.removeAll(keepingCapacity: true)
                var touchesA = false
                var touchesB = false
                for slot in graph.pinRange(net) {
                    let pin = graph.pins[slot]
                    let block = state.blockOf[pin]
                    guard block == a || block == b else { continue }
                    if block == a { touchesA = true } else { touchesB = true }
                    let node = regionStamp[pin] == stamp ? nodeOf[pin] : (block == a ? 0 : 1)
                    if nodeMark[node] != markValue {
                        nodeMark[node] = markValue
                        nodes.append(node)
                    }
                }
                let weight = graph.netWeights[net]
                if touchesA && touchesB { before += weight }
                if nodes.count < 2 { continue }
                if nodeMark[0] == markValue && nodeMark[1] == markValue {
                    constant += weight
                } else if nodes.count == 2 {
                    network.addArc(nodes[0], nodes[1], capacity: weight, reverse: weight)
                } else {
                    let entry = network.addNode()
                    let exit = network.addNode()
                    network.addArc(entry, exit, capacity: weight)
                    for node in nodes {
                        network.addArc(node, entry, capacity: .infinity)
                        network.addArc(exit, node, capacity: .infinity)
                    }
                }
            }
        }
        let flow = network.maximumFlow(from: 0, to: 1)
        guard flow.isFinite else { return .noImprovement }
        let after = flow + constant

        // The two extreme minimum cuts; the one that fits and balances better wins.
        let regionWeightA = region[..<sideA].reduce(0.0) { $0 + graph.vertexWeights[$1] }
        let regionWeightB = region[sideA...].reduce(0.0) { $0 + graph.vertexWeights[$1] }
        let smallest = network.sourceSide(0)
        let largest = network.sinkSide(1)
        var chosen: (toA: [Bool], peak: Double)?
        for candidate in [smallest, largest.map { !$0 }] {
            var loadA = state.load[a] - regionWeightA
            var loadB = state.load[b] - regionWeightB
            var toA = [Bool](repeating: false, count: region.count)
            for (index, vertex) in region.enumerated() {
                toA[index] = candidate[2 + index]
                if toA[index] { loadA += graph.vertexWeights[vertex] } else { loadB += graph.vertexWeights[vertex] }
            }
            guard loadA <= capacity + PartitionState.tolerance, loadB <= capacity + PartitionState.tolerance else { continue }
            let peak = max(loadA, loadB)
            if chosen == nil || peak < (chosen?.peak ?? .infinity) - PartitionState.tolerance { chosen = (toA, peak) }
        }
        guard let chosen else { return .infeasible }
        let gain = before - after
        let evens = chosen.peak < max(state.load[a], state.load[b]) - PartitionState.tolerance
        guard gain > PartitionState.tolerance || (gain > -PartitionState.tolerance && evens) else { return .noImprovement }
        var moved: [(vertex: Int, from: Int)] = []
        for (index, vertex) in region.enumerated() {
            let target = chosen.toA[index] ? a : b
            if state.blockOf[vertex] != target { moved.append((vertex, state.blockOf[vertex])); state.move(vertex, to: target) }
        }
        if !state.isAcyclic {
            // A cut that closes a cycle of the block graph is not a plan an orchestrator can run.
            for undo in moved.reversed() { state.move(undo.vertex, to: undo.from) }
            return .noImprovement
        }
        return .improved(gain: max(0, gain))
    }

    /// Breadth-first from `block`'s vertices on the cut, adding vertices while their weight fits
    /// `bound`; one vertex of the block always stays outside, so no block empties.
    private mutating func grow(_ region: inout [Int], _ state: PartitionState, block: Int, cutNets: [Int], bound: Double) {
        let graph = state.level.hypergraph
        let level = state.level
        let limit = state.size[block] - 1
        var weight = 0.0
        var count = 0
        let start = region.count
        func admit(_ vertex: Int) -> Bool {
            guard count < limit, regionStamp[vertex] != stamp, state.blockOf[vertex] == block,
                  !level.alone[vertex], level.conflicts[vertex].isEmpty,
                  weight + graph.vertexWeights[vertex] <= bound + PartitionState.tolerance else { return false }
            regionStamp[vertex] = stamp
            weight += graph.vertexWeights[vertex]
            count += 1
            region.append(vertex)
            return true
        }
        for net in cutNets {
            for slot in graph.pinRange(net) { _ = admit(graph.pins[slot]) }
        }
        var front = start
        while front < region.count && count < limit {
            let vertex = region[front]
            front += 1
            for index in graph.netRange(vertex) {
                let net = graph.incidence[index]
                if graph.netSize(net) > Self.regionNetLimit { continue }
                for slot in graph.pinRange(net) { _ = admit(graph.pins[slot]) }
            }
        }
    }
}
