import Testing
import SeamsTestSupport
@testable import SeamsPartitioning

/// Maximum flow on networks with known values, and flow refinement's bookkeeping and constraints.
struct FlowRefinementTests {
    /// The network of Cormen et al., Figure 26.1: maximum flow 23, minimum cut {s, v1, v2, v4}.
    @Test func textbookNetworkHasFlow23() {
        var network = FlowNetwork(nodeCount: 6)
        for (from, to, capacity) in [(0, 1, 16.0), (0, 2, 13), (2, 1, 4), (1, 3, 12), (3, 2, 9), (2, 4, 14), (4, 3, 7), (3, 5, 20), (4, 5, 4)] {
            network.addArc(from, to, capacity: capacity)
        }
        #expect(network.maximumFlow(from: 0, to: 5) == 23)
        #expect(network.sourceSide(0) == [true, true, true, false, true, false])
        #expect(network.sinkSide(5) == [false, false, false, true, false, true])
    }

    /// Two equal minimum cuts: the smallest source side and the smallest sink side differ.
    @Test func extremeMinimumCutsOfAPath() {
        var network = FlowNetwork(nodeCount: 4)
        network.addArc(0, 1, capacity: 1, reverse: 1)
        network.addArc(1, 2, capacity: 5, reverse: 5)
        network.addArc(2, 3, capacity: 1, reverse: 1)
        #expect(network.maximumFlow(from: 0, to: 3) == 1)
        #expect(network.sourceSide(0) == [true, false, false, false])
        #expect(network.sinkSide(3) == [false, false, false, true])
    }

    @Test func infiniteArcsAloneGiveInfiniteFlow() {
        var network = FlowNetwork(nodeCount: 3)
        network.addArc(0, 1, capacity: .infinity)
        network.addArc(1, 2, capacity: .infinity)
        #expect(network.maximumFlow(from: 0, to: 2) == .infinity)
    }

    /// On random hypergraphs with constraints, the reported gain is exactly the cost removed,
    /// capacity and constraints hold, and no block empties.
    @Test(arguments: 1...40)
    func gainIsExactAndConstraintsHold(seed: Int) {
        var random = DeterministicRandom(seed: UInt64(seed) &* 0x51ED)
        let count = 30 + random.below(50)
        let weights = (0..<count).map { _ in Double(1 + random.below(3)) }
        var nets: [[Int]] = []
        var netWeights: [Double] = []
        for _ in 0..<(2 * count) {
            let size = 2 + random.below(4)
            nets.append((0..<size).map { _ in random.below(count) })
            netWeights.append(Double(1 + random.below(5)))
        }
        let blockCount = 2 + random.below(4)
        var conflicts = [[Int]](repeating: [], count: count)
        let a = random.below(count)
        let b = (a + 1 + random.below(count - 1)) % count
        conflicts[a] = [b]
        conflicts[b] = [a]
        let level = Level(hypergraph: Hypergraph(vertexWeights: weights, nets: nets, netWeights: netWeights),
                          conflicts: conflicts, alone: [Bool](repeating: false, count: count))
        // A feasible but poor start: vertices dealt round-robin, the conflicting pair kept apart.
        var blocks = (0..<count).map { $0 % blockCount }
        if blocks[a] == blocks[b] { blocks[b] = (blocks[a] + 1) % blockCount }
        // Capacity: the start's heaviest block plus a little room, so the start is feasible.
        var loads = [Double](repeating: 0, count: blockCount)
        for vertex in 0..<count { loads[blocks[vertex]] += weights[vertex] }
        let capacity = (loads.max() ?? 0) + 2
        var state = PartitionState(level: level, blockOf: blocks, blockCount: blockCount, capacity: capacity)
        #expect(state.isWithinCapacity)
        let before = state.cost
        let gain = FlowRefiner.refine(&state)
        #expect(gain >= 0)
        #expect(before - state.cost == gain, "seed \(seed)")
        #expect(state.isWithinCapacity)
        #expect(state.blockOf[a] != state.blockOf[b])
        #expect(state.size.allSatisfy { $0 > 0 })
        #expect(MultilevelPartitioner.isFeasible(state, fixed: blockCount))
    }
}
