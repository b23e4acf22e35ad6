import Testing
import SeamsTestSupport
@testable import SeamsPartitioning

/// The partitioner against brute force, constraints, planted optima and determinism.
struct PartitionerTests {
    /// A random instance of at most 10 vertices with integer weights (so sums are exact).
    static func randomInstance(seed: UInt64) -> BruteForce.Instance {
        var random = DeterministicRandom(seed: seed)
        let count = 4 + random.below(7)
        let weights = (0..<count).map { _ in Double(1 + random.below(3)) }
        let netCount = count + random.below(2 * count)
        var nets: [[Int]] = []
        var netWeights: [Double] = []
        for _ in 0..<netCount {
            let size = 2 + random.below(min(3, count - 1))
            nets.append((0..<size).map { _ in random.below(count) })
            netWeights.append(Double(1 + random.below(9)))
        }
        let capacity = Double(3 + random.below(5))
        var instance = BruteForce.Instance(weights: weights, nets: nets, netWeights: netWeights, capacity: capacity)
        if random.below(3) == 0 { instance.alone = [random.below(count)] }
        if random.below(3) == 0 {
            let a = random.below(count)
            let b = (a + 1 + random.below(count - 1)) % count
            if !instance.alone.contains(a) && !instance.alone.contains(b) { instance.apart = [[a, b]] }
        }
        if random.below(4) == 0 {
            let a = random.below(count)
            let b = (a + 1 + random.below(count - 1)) % count
            if !instance.alone.contains(a) && !instance.alone.contains(b) && !instance.apart.contains([a, b]) && !instance.apart.contains([b, a])
                && weights[a] + weights[b] <= capacity {
                instance.together = [[a, b]]
            }
        }
        if random.below(3) == 0 { instance.blockCount = 2 + random.below(3) }
        if random.below(2) == 0 {
            // Direction: each net's first pin produces what the others consume.
            for net in nets { for consumer in net.dropFirst() where consumer != net[0] { instance.edges.append([net[0], consumer]) } }
        }
        return instance
    }

    static func problem(_ instance: BruteForce.Instance) -> PartitionProblem {
        PartitionProblem(hypergraph: Hypergraph(vertexWeights: instance.weights, nets: instance.nets, netWeights: instance.netWeights),
                         constraints: PartitionConstraints(together: instance.together, apart: instance.apart, alone: instance.alone,
                                                           precedence: instance.edges),
                         capacity: instance.capacity, blockCount: instance.blockCount)
    }

    @Test(arguments: 1...120)
    func matchesBruteForce(seed: Int) throws {
        let instance = Self.randomInstance(seed: UInt64(seed))
        let expected = BruteForce.optimum(instance)
        do {
            let result = try MultilevelPartitioner.partition(Self.problem(instance))
            #expect(result.cost == expected, "seed \(seed)")
            #expect(result.isOptimal)
            #expect(BruteForce.isFeasible(result.blockOf, blocks: result.blockCount, instance))
            #expect(BruteForce.cost(result.blockOf, instance) == result.cost)
        } catch {
            #expect(expected == nil, "seed \(seed): \(error)")
        }
    }
}
