import Foundation

/// Recursive bisection: split the level in two with a full multilevel 2-way run, then split
/// each half again on its induced sub-hypergraph, until there are `blockCount` blocks.
///
/// Why: on mesh-like graphs a k-way greedy start commits to all k regions at once and k-way FM
/// cannot undo a bad region layout; bisection places one cut at a time (as KaHyPar-r and
/// pmetis do). Each split gets an adaptive imbalance, so that leaves fit the final capacity when
/// every split fits its own. Only for a power-of-two block count and a level without conflicts
/// or alone vertices: the caller keeps whichever start is better.
enum RecursiveBisection {
    /// Whether recursive bisection applies: a power-of-two count of at least two, no constraints.
    static func applies(_ level: Level, blockCount: Int?) -> Bool {
        guard let blockCount, blockCount >= 2, blockCount & (blockCount - 1) == 0 else { return false }
        guard blockCount <= 64, blockCount < level.vertexCount else { return false }
        return !level.alone.contains(true) && level.conflicts.allSatisfy(\.isEmpty)
    }

    /// Each vertex's block (0..<blockCount); blocks may exceed the capacity slightly, which the
    /// caller's rebalancing and k-way refinement repair.
    static func partition(_ level: Level, blockCount: Int, capacity: Double, seed: UInt64, tries: Int) -> [Int] {
        var blockOf = [Int](repeating: 0, count: level.vertexCount)
        split(Array(0..<level.vertexCount), of: level, blocks: blockCount, firstBlock: 0, capacity: capacity,
              seed: seed, tries: tries, into: &blockOf)
        return blockOf
    }

    private static func split(_ vertices: [Int], of level: Level, blocks: Int, firstBlock: Int, capacity: Double,
                              seed: UInt64, tries: Int, into blockOf: inout [Int]) {
        if blocks == 1 || vertices.count < 2 {
            for vertex in vertices { blockOf[vertex] = firstBlock }
            return
        }
        let sub = induced(level, on: vertices)
        let weight = sub.hypergraph.totalWeight
        // Adaptive imbalance: the product of the splits' allowances over the depth equals the
        // final slack, so leaves within their split capacities fit `capacity`.
        var depth = 0
        while (1 << depth) < blocks { depth += 1 }
        let slack = max(1.0, Double(blocks) * capacity / max(weight, 1e-12))
        let halfCapacity = weight / 2 * pow(slack, 1.0 / Double(depth))
        let problem = PartitionProblem(hypergraph: sub.hypergraph, capacity: halfCapacity, blockCount: 2)
        var best: (blocks: [Int], feasible: Bool, cost: Double)?
        var refined = RefinedStarts()
        for attempt in 0..<tries {
            let (sides, count) = MultilevelPartitioner.multilevel(sub, problem: problem, seed: seed &+ UInt64(attempt) &* 0x2545_F491,
                                                                  deep: attempt % 2 == 1, refined: &refined)
            guard count == 2, sides.count == vertices.count else { continue }
            let state = PartitionState(level: sub, blockOf: sides, blockCount: 2, capacity: halfCapacity)
            let feasible = state.isWithinCapacity
            let cost = state.cost
            if let current = best {
                if (feasible && !current.feasible) || (feasible == current.feasible && cost < current.cost - 1e-12) {
                    best = (sides, feasible, cost)
                }
            } else {
                best = (sides, feasible, cost)
            }
        }
        guard let sides = best?.blocks else {
            for vertex in vertices { blockOf[vertex] = firstBlock }
            return
        }
        let left = vertices.indices.filter { sides[$0] == 0 }.map { vertices[$0] }
        let right = vertices.indices.filter { sides[$0] != 0 }.map { vertices[$0] }
        let half = blocks / 2
        split(left, of: level, blocks: half, firstBlock: firstBlock, capacity: capacity,
              seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1, tries: tries, into: &blockOf)
        split(right, of: level, blocks: blocks - half, firstBlock: firstBlock + half, capacity: capacity,
              seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 2, tries: tries, into: &blockOf)
    }

    /// The sub-hypergraph induced by `vertices` (ascending): nets keep their pins inside the set
    /// and are dropped when fewer than two remain (cut nets of km1 are split, as in KaHyPar).
    static func induced(_ level: Level, on vertices: [Int]) -> Level {
        let graph = level.hypergraph
        var local = [Int](repeating: -1, count: graph.vertexCount)
        for (index, vertex) in vertices.enumerated() { local[vertex] = index }
        var netStart = [0]
        var pins: [Int] = []
        var netWeights: [Double] = []
        var mark = [Bool](repeating: false, count: graph.netCount)
        for vertex in vertices {
            for index in graph.netRange(vertex) {
                let net = graph.incidence[index]
                if mark[net] { continue }
                mark[net] = true
                let before = pins.count
                for slot in graph.pinRange(net) where local[graph.pins[slot]] >= 0 { pins.append(local[graph.pins[slot]]) }
                if pins.count - before < 2 {
                    pins.removeLast(pins.count - before)
                    continue
                }
                netStart.append(pins.count)
                netWeights.append(graph.netWeights[net])
            }
        }
        let weights = vertices.map { graph.vertexWeights[$0] }
        return Level(hypergraph: Hypergraph(vertexWeights: weights, netStart: netStart, pins: pins, netWeights: netWeights),
                     conflicts: [[Int]](repeating: [], count: vertices.count),
                     alone: [Bool](repeating: false, count: vertices.count))
    }
}
