import Testing
@testable import SeamsPartitioning

/// Large-net removal: which nets are left out, that the objective still counts them exactly, and
/// that small instances (the exact search's) keep every net.
struct LargeNetTests {
    /// A directed wide-net instance: vertex 0 writes `shared` nets every other vertex reads, and a
    /// chain of two-pin nets runs through the workers (the shape of Benchmarks/generate-wide-nets.py).
    static func wideProblem(workers: Int, shared: Int) -> PartitionProblem {
        let count = workers + 1
        var nets: [[Int]] = []
        var weights: [Double] = []
        var precedence: [[Int]] = []
        for _ in 0..<shared {
            nets.append(Array(0..<count))
            weights.append(13)
        }
        for worker in 1..<count {
            precedence.append([0, worker])
            if worker > 1 {
                nets.append([worker - 1, worker])
                weights.append(10)
                precedence.append([worker - 1, worker])
            }
        }
        let graph = Hypergraph(vertexWeights: [Double](repeating: 2, count: count), nets: nets, netWeights: weights)
        return PartitionProblem(hypergraph: graph, constraints: PartitionConstraints(precedence: precedence), capacity: 8)
    }

    @Test func thresholdIsMaxOf16AndAQuarterBeyondTheExactSearch() {
        #expect(LargeNets.threshold(vertexCount: 20) == nil)
        #expect(LargeNets.threshold(vertexCount: 21) == 16)
        #expect(LargeNets.threshold(vertexCount: 64) == 16)
        #expect(LargeNets.threshold(vertexCount: 201) == 50)
    }

    @Test func largeNetsAreLeftOutAndCountedBack() {
        let problem = Self.wideProblem(workers: 60, shared: 4)
        let base = Level(hypergraph: problem.hypergraph, conflicts: [[Int]](repeating: [], count: 61), alone: [Bool](repeating: false, count: 61))
        let large = LargeNets(level: base)
        #expect(large.count == 4)
        #expect(large.reduced.hypergraph.netCount == problem.hypergraph.netCount - 4)
        #expect(large.reduced.hypergraph.vertexWeights == problem.hypergraph.vertexWeights)
        // Any assignment: reduced cost plus the left-out nets' cost is the full cost.
        var random = DeterministicRandom(seed: 7)
        for _ in 0..<20 {
            let blockOf = (0..<61).map { _ in random.below(9) }
            let state = PartitionState(level: large.reduced, blockOf: blockOf, blockCount: 9, capacity: 1_000)
            #expect(large.objective(state) == problem.hypergraph.cost(of: blockOf))
        }
    }

    @Test func smallLevelsKeepEveryNet() {
        let problem = Self.wideProblem(workers: 19, shared: 4)
        let base = Level(hypergraph: problem.hypergraph, conflicts: [[Int]](repeating: [], count: 20), alone: [Bool](repeating: false, count: 20))
        let large = LargeNets(level: base)
        #expect(large.count == 0)
        #expect(large.reduced.hypergraph.netCount == problem.hypergraph.netCount)
    }

    /// The partitioner's reported cost is the full objective, and the plan obeys the rules.
    @Test func partitionReportsTheFullObjective() throws {
        let problem = Self.wideProblem(workers: 120, shared: 4)
        let result = try MultilevelPartitioner.partition(problem)
        #expect(result.cost == problem.hypergraph.cost(of: result.blockOf))
        // Every block holds readers of the shared nets, so each of them spans all blocks.
        #expect(result.cost >= 4 * 13 * Double(result.blockCount - 1))
        var load = [Double](repeating: 0, count: result.blockCount)
        for block in result.blockOf { load[block] += 2 }
        #expect(load.allSatisfy { $0 <= 8 })
    }
}
