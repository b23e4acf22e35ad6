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
    /// The large nets, on the full level's vertices.
    private let large: Hypergraph

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
            large = graph.keepingNets { _ in false }
            return
        }
        var smaller = level
        smaller.hypergraph = graph.keepingNets { graph.netSize($0) <= limit }
        reduced = smaller
        large = graph.keepingNets { graph.netSize($0) > limit }
    }

    /// How many nets were left out.
    var count: Int { large.netCount }

    /// The full objective of a state on the reduced level: its cost plus the left-out nets'
    /// Σ weight × (blocks touched − 1).
    func objective(_ state: PartitionState) -> Double {
        state.cost + (large.netCount == 0 ? 0 : large.cost(of: state.blockOf))
    }
}
