/// Nets too large to guide the search, left out of coarsening and refinement and counted again in
/// the objective: KaHyPar's treatment of large hyperedges.
///
/// KaHyPar ignores hyperedges with more pins than `--cmaxnet` (`hyperedge_size_threshold`,
/// default 1000) while it rates contraction partners and computes move gains, and its
/// `LargeHyperedgeRemover` takes hyperedges whose pins outweigh a block out of the hypergraph before
/// partitioning and restores them afterwards, so the reported objective counts them
/// (kahypar/partition/preprocessing/large_hyperedge_remover.h; the cmaxnet option in
/// kahypar/application/command_line_options.h). Followed here: on an instance past the exact
/// search's size, a net with more than max(16, n/4) pins (n vertices) is left out of the level the
/// multilevel search works on, and every candidate partition is compared on the full objective,
/// the reduced level's cost plus the left-out nets' exact Σ weight × (λ − 1).
///
/// Why: a spec whose few artifacts are read by hundreds of concerns (wide nets) makes every block a
/// neighbour of every vertex, so each FM step weighs every block; such a net touches nearly every
/// block whatever the partition, and ignoring it in the gains costs little.
struct LargeNets {
    /// The level the multilevel search works on: the full one without the large nets.
    let reduced: Level
    /// The large nets' pins and weights, from the full level.
    private let netStart: [Int]
    private let pins: [Int]
    private let weights: [Double]

    /// More pins than this make a net large on a level of `vertexCount` vertices; nil when the level
    /// is small enough to be searched exactly, where every net counts.
    static func threshold(vertexCount: Int) -> Int? {
        vertexCount > MultilevelPartitioner.exactVertexLimit ? max(16, vertexCount / 4) : nil
    }

    init(level: Level) {
        let graph = level.hypergraph
        guard let limit = Self.threshold(vertexCount: level.vertexCount),
              (0..<graph.netCount).contains(where: { graph.netSize($0) > limit }) else {
            reduced = level
            (netStart, pins, weights) = ([0], [], [])
            return
        }
        var keptStart = [0]
        var keptPins: [Int] = []
        var keptWeights: [Double] = []
        var largeStart = [0]
        var largePins: [Int] = []
        var largeWeights: [Double] = []
        for net in 0..<graph.netCount {
            let members = graph.pins[graph.pinRange(net)]
            if members.count > limit {
                largePins.append(contentsOf: members)
                largeStart.append(largePins.count)
                largeWeights.append(graph.netWeights[net])
            } else {
                keptPins.append(contentsOf: members)
                keptStart.append(keptPins.count)
                keptWeights.append(graph.netWeights[net])
            }
        }
        var smaller = level
        smaller.hypergraph = Hypergraph(vertexWeights: graph.vertexWeights, netStart: keptStart, pins: keptPins, netWeights: keptWeights)
        reduced = smaller
        (netStart, pins, weights) = (largeStart, largePins, largeWeights)
    }

    /// How many nets were left out.
    var count: Int { weights.count }

    /// Σ over the left-out nets of weight × (blocks touched − 1) under `blockOf`.
    func cost(of blockOf: [Int]) -> Double {
        guard !weights.isEmpty else { return 0 }
        var total = 0.0
        var seen: [Int] = []
        var mark = [Int](repeating: -1, count: (blockOf.max() ?? -1) + 1)
        for net in 0..<weights.count {
            seen.removeAll(keepingCapacity: true)
            for slot in netStart[net]..<netStart[net + 1] {
                let block = blockOf[pins[slot]]
                if mark[block] != net { mark[block] = net; seen.append(block) }
            }
            total += weights[net] * Double(seen.count - 1)
        }
        return total
    }

    /// The full objective of a state on the reduced level.
    func objective(_ state: PartitionState) -> Double {
        state.cost + cost(of: state.blockOf)
    }
}
