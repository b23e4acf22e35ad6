import Foundation
import SeamsTestSupport
@testable import SeamsArchitect
@testable import SeamsPartitioning

/// A simulated-annealing search over partitions, written for the tests only: an independent check
/// that the architect's acyclic plans are close to the best acyclic plan some other search finds.
/// It shares nothing with the partitioner but the problem (hypergraph and constraints).
struct Annealer {
    let instance: BruteForce.Instance
    let kept: [[Int]]
    /// Each vertex's together group representative; groups move as one.
    let group: [Int]

    init(problem: PartitionProblem) {
        let graph = problem.hypergraph
        var instance = BruteForce.Instance(weights: graph.vertexWeights,
                                           nets: (0..<graph.netCount).map { Array(graph.pins[graph.netStart[$0]..<graph.netStart[$0 + 1]]) },
                                           netWeights: graph.netWeights, capacity: problem.capacity)
        instance.together = problem.constraints.together
        instance.apart = problem.constraints.apart
        instance.alone = problem.constraints.alone
        instance.edges = problem.constraints.precedence
        self.instance = instance
        kept = BruteForce.keptEdges(instance)
        var group = Array(0..<graph.vertexCount)
        for members in problem.constraints.together { for member in members { group[member] = group[members[0]] } }
        for _ in group.indices { for vertex in group.indices { group[vertex] = group[group[vertex]] } }
        self.group = group
    }

    /// Capacity, apart, alone and an acyclic block graph (Kahn's algorithm on the labels).
    func isFeasible(_ labels: [Int]) -> Bool {
        let count = labels.count
        var load = [Double](repeating: 0, count: count)
        var size = [Int](repeating: 0, count: count)
        for (vertex, label) in labels.enumerated() { load[label] += instance.weights[vertex]; size[label] += 1 }
        if load.contains(where: { $0 > instance.capacity + 1e-9 }) { return false }
        for vertex in instance.alone where size[labels[vertex]] != 1 { return false }
        for members in instance.apart where Set(members.map { labels[$0] }).count != Set(members).count { return false }
        var edge = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
        var indegree = [Int](repeating: 0, count: count)
        for pair in kept where labels[pair[0]] != labels[pair[1]] && !edge[labels[pair[0]]][labels[pair[1]]] {
            edge[labels[pair[0]]][labels[pair[1]]] = true
            indegree[labels[pair[1]]] += 1
        }
        var ready = (0..<count).filter { indegree[$0] == 0 }
        var done = 0
        while let block = ready.popLast() {
            done += 1
            for next in 0..<count where edge[block][next] {
                indegree[next] -= 1
                if indegree[next] == 0 { ready.append(next) }
            }
        }
        return done == count
    }

    /// The cheapest feasible cost found over `restarts` runs of `steps` moves each, from every
    /// together group in a block of its own (feasible when the flow itself has no cycle).
    func best(restarts: Int, steps: Int, seed: UInt64) -> Double? {
        var random = DeterministicRandom(seed: seed)
        var best: Double?
        let count = instance.weights.count
        let start = group
        guard isFeasible(start) else { return nil }
        let scale = instance.netWeights.reduce(0, +) / Double(max(1, instance.netWeights.count))
        for _ in 0..<restarts {
            var labels = start
            var cost = BruteForce.cost(labels, instance)
            for step in 0..<steps {
                let temperature = scale * 2 * pow(0.0005, Double(step) / Double(steps))
                let vertex = random.below(count)
                let target = random.below(count)
                var candidate = labels
                for member in 0..<count where group[member] == group[vertex] { candidate[member] = target }
                guard candidate != labels, isFeasible(candidate) else { continue }
                let next = BruteForce.cost(candidate, instance)
                if next <= cost || Double(random.below(1_000_000)) / 1_000_000 < exp((cost - next) / temperature) {
                    labels = candidate
                    cost = next
                    if best == nil || cost < best ?? 0 { best = cost }
                }
            }
            if best == nil || cost < best ?? 0 { best = cost }
        }
        return best
    }
}
