import Testing
@testable import SeamsPartitioning

/// The direction rule's move test kept on a topological order of the block graph (`BlockOrder`)
/// gives exactly the answers of the search it replaced and of a transitive closure, on random
/// directed partitions under random move sequences, including moves that leave the block graph
/// cyclic for a while (as merging blocks vertex by vertex does).
struct BlockOrderTests {
    /// A random directed level: some flows acyclic (vertex order), some with cycles among vertices.
    static func randomLevel(_ random: inout DeterministicRandom) -> Level {
        let count = 6 + random.below(35)
        let weights = [Double](repeating: 1, count: count)
        var nets: [[Int]] = []
        for _ in 0..<count { nets.append([random.below(count), random.below(count)]) }
        var level = Level(hypergraph: Hypergraph(vertexWeights: weights, nets: nets, netWeights: [Double](repeating: 1, count: nets.count)),
                          conflicts: [[Int]](repeating: [], count: count), alone: [Bool](repeating: false, count: count))
        let acyclic = random.below(3) != 0
        var edges: [(Int, Int)] = []
        for _ in 0..<(count + random.below(2 * count)) {
            let a = random.below(count)
            let b = random.below(count)
            edges.append(acyclic ? (min(a, b), max(a, b)) : (a, b))
        }
        level.setFlow(edges, vertexCount: count)
        return level
    }

    /// Whether `target` lies on a cycle of the block graph once `vertex` is in `target`: Warshall's
    /// transitive closure of the block graph built from the labels alone.
    static func closureAnswer(_ level: Level, blockOf: [Int], blockCount: Int, moving vertex: Int, to target: Int) -> Bool {
        var labels = blockOf
        labels[vertex] = target
        var reach = [[Bool]](repeating: [Bool](repeating: false, count: blockCount), count: blockCount)
        for from in 0..<level.vertexCount {
            for to in level.successors[from] where labels[from] != labels[to] { reach[labels[from]][labels[to]] = true }
        }
        for middle in 0..<blockCount {
            for a in 0..<blockCount where reach[a][middle] {
                for b in 0..<blockCount where reach[middle][b] { reach[a][b] = true }
            }
        }
        return reach[target][target]
    }

    /// Every block edge goes forward in the order, whenever the order claims to be valid.
    static func orderHolds(_ state: PartitionState) -> Bool {
        guard state.order.isValid else { return true }
        guard state.order.blocks.count == state.blockCount, Set(state.order.blocks).count == state.blockCount else { return false }
        for a in 0..<state.blockCount {
            if state.order.blocks[state.order.position[a]] != a { return false }
            for b in 0..<state.blockCount where a != b && state.flowCount[a][b] > 0 {
                if state.order.position[a] >= state.order.position[b] { return false }
            }
        }
        return true
    }

    /// (answers that were "closes a cycle", answers that were not) for one seed, after checking each.
    static func run(seed: Int) -> (closing: Int, open: Int) {
        var random = DeterministicRandom(seed: UInt64(seed) &* 0x0DE7_A11E)
        let level = randomLevel(&random)
        let count = level.vertexCount
        let blockCount = 2 + random.below(7)
        let blockOf = (0..<count).map { _ in random.below(blockCount) }
        var state = PartitionState(level: level, blockOf: blockOf, blockCount: blockCount, capacity: Double(count))
        var tally = (closing: 0, open: 0)
        for step in 0..<250 {
            if random.below(40) == 0 { _ = state.addBlock() }
            let vertex = random.below(count)
            let target = (state.blockOf[vertex] + 1 + random.below(state.blockCount - 1)) % state.blockCount
            let expected = closureAnswer(level, blockOf: state.blockOf, blockCount: state.blockCount, moving: vertex, to: target)
            let searched = state.closesCycleBySearch(moving: vertex, to: target)
            let ordered = state.closesCycle(moving: vertex, to: target)
            #expect(searched == expected, "seed \(seed) step \(step): the search disagrees with the closure")
            #expect(ordered == expected, "seed \(seed) step \(step): the order-based test disagrees with the closure")
            if expected { tally.closing += 1 } else { tally.open += 1 }
            // Mostly legal moves, as refinement makes; now and then any move, which can leave a cycle.
            if !ordered || random.below(6) == 0 { state.move(vertex, to: target) }
            #expect(orderHolds(state), "seed \(seed) step \(step): an edge goes against the kept order")
        }
        return tally
    }

    @Test(arguments: 1...64)
    func orderBasedTestEqualsTransitiveClosure(seed: Int) {
        _ = Self.run(seed: seed)
    }

    /// The seeds exercise both answers, and the order survives cyclic stretches: after a move that
    /// restores an acyclic block graph the order is rebuilt.
    @Test func seedsCoverBothAnswersAndRecovery() {
        var closing = 0
        var open = 0
        for seed in 1...64 {
            let tally = Self.run(seed: seed)
            closing += tally.closing
            open += tally.open
        }
        #expect(closing > 1_000)
        #expect(open > 1_000)

        // A chain 0 → 1 → 2, one vertex per block: the order is built, a cycle drops it, undoing rebuilds it.
        var level = Level(hypergraph: Hypergraph(vertexWeights: [1, 1, 1], nets: [[0, 1]], netWeights: [1]),
                          conflicts: [[], [], []], alone: [false, false, false])
        level.setFlow([(0, 1), (1, 2)], vertexCount: 3)
        var state = PartitionState(level: level, blockOf: [0, 1, 2], blockCount: 3, capacity: 3)
        let answer1 = state.closesCycle(moving: 1, to: 0)
        #expect(!answer1)
        #expect(state.order.isValid)
        let answer2 = state.closesCycle(moving: 0, to: 2)
        #expect(answer2)
        state.move(2, to: 0)
        #expect(!state.isAcyclic)
        let answer3 = state.closesCycle(moving: 0, to: 2)
        #expect(!answer3)
        #expect(!state.order.isValid)
        state.move(2, to: 2)
        let answer4 = state.closesCycle(moving: 1, to: 0)
        #expect(!answer4)
        #expect(state.order.isValid)
    }
}
