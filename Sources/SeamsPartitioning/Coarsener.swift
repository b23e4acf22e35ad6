/// Capacity-aware heavy-edge clustering: each vertex joins the neighbouring cluster it shares
/// the most net weight with (Σ w(e)/(|e|−1)), as long as the cluster stays under the weight
/// limit, no conflict enters it and no alone vertex is merged. Levels stop shrinking at the
/// contraction limit or when a round removes less than 5% of the vertices.
enum Coarsener {
    /// Nets larger than this are ignored when rating neighbours: they tie everything to everything.
    static let ratingNetLimit = 200

    /// Coarsens until the contraction limit. With `partition` (a V-cycle), only vertices of the same
    /// block are merged, and the partition is carried to every level (returned for the coarsest).
    static func hierarchy(from finest: Level, maxClusterWeight: Double, contractionLimit: Int, seed: UInt64,
                          partition: [Int]? = nil, weightPenalty: Bool = true) -> (levels: [Level], maps: [[Int]], coarsestPartition: [Int]?) {
        var levels = [finest]
        var maps: [[Int]] = []
        var random = DeterministicRandom(seed: seed)
        var blocks = partition
        while let current = levels.last, current.vertexCount > contractionLimit {
            let (clusterOf, clusterCount) = cluster(current, maxClusterWeight: maxClusterWeight,
                                                    order: random.permutation(current.vertexCount), partition: blocks,
                                                    weightPenalty: weightPenalty)
            if Double(clusterCount) > 0.95 * Double(current.vertexCount) { break }
            levels.append(current.contracted(clusterOf: clusterOf, clusterCount: clusterCount))
            maps.append(clusterOf)
            if let fine = blocks {
                var coarse = [Int](repeating: 0, count: clusterCount)
                for vertex in 0..<fine.count { coarse[clusterOf[vertex]] = fine[vertex] }
                blocks = coarse
            }
        }
        return (levels, maps, blocks)
    }

    /// One round of clustering; returns each vertex's cluster, numbered by first vertex.
    static func cluster(_ level: Level, maxClusterWeight: Double, order: [Int], partition: [Int]? = nil,
                        weightPenalty: Bool = true) -> ([Int], Int) {
        let graph = level.hypergraph
        let count = graph.vertexCount
        var leader = Array(0..<count)
        var clusterWeight = graph.vertexWeights
        var clusterSize = [Int](repeating: 1, count: count)
        var rating = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        // On a directed level only vertices of one topological depth share a cluster: every edge
        // then climbs in depth, so the coarser level stays acyclic (dagP's acyclic clustering, simplified).
        let depth = level.topologicalDepth()
        for vertex in order where clusterSize[leader[vertex]] == 1 && leader[vertex] == vertex && !level.alone[vertex] {
            touched.removeAll(keepingCapacity: true)
            for index in graph.netRange(vertex) {
                let net = graph.incidence[index]
                let size = graph.netSize(net)
                if size > ratingNetLimit { continue }
                let share = graph.netWeights[net] / Double(size - 1)
                for slot in graph.pinRange(net) {
                    let other = leader[graph.pins[slot]]
                    if other == vertex { continue }
                    if rating[other] == 0 { touched.append(other) }
                    rating[other] += share
                }
            }
            var best = -1
            var bestRating = 0.0
            let ownWeight = graph.vertexWeights[vertex]
            for candidate in touched {
                // Heavy-edge rating, divided by the weights when clusters must stay even (many
                // small blocks: light vertices pair first); plain for a few large blocks, as in
                // KaHyPar's km1 configuration (no_penalty), which cut add20 k=2 from 683 to 632.
                let value = weightPenalty ? rating[candidate] / (ownWeight * clusterWeight[candidate]) : rating[candidate]
                rating[candidate] = 0
                if level.alone[candidate] { continue }
                if let partition, partition[candidate] != partition[vertex] { continue }
                if depth[candidate] != depth[vertex] { continue }
                if clusterWeight[candidate] + graph.vertexWeights[vertex] > maxClusterWeight + 1e-9 { continue }
                // Prefer the heavier tie, then the lighter cluster, then the lower id: deterministic.
                if best >= 0 {
                    if value < bestRating { continue }
                    if value == bestRating && (clusterWeight[candidate], candidate) >= (clusterWeight[best], best) { continue }
                }
                if conflicts(vertex, clusterLeader: candidate, level: level, leader: leader) { continue }
                best = candidate
                bestRating = value
            }
            guard best >= 0 else { continue }
            leader[vertex] = best
            clusterWeight[best] += graph.vertexWeights[vertex]
            clusterSize[best] += 1
        }
        var number = [Int](repeating: -1, count: count)
        var next = 0
        var clusterOf = [Int](repeating: 0, count: count)
        for vertex in 0..<count {
            let root = leader[vertex]
            if number[root] < 0 { number[root] = next; next += 1 }
            clusterOf[vertex] = number[root]
        }
        return (clusterOf, next)
    }

    /// Whether `vertex` conflicts with any member of the cluster led by `clusterLeader`.
    private static func conflicts(_ vertex: Int, clusterLeader: Int, level: Level, leader: [Int]) -> Bool {
        for other in level.conflicts[vertex] where leader[other] == clusterLeader { return true }
        return false
    }
}
