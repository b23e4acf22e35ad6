/// Greedy graph growing on the coarsest level: alone vertices get blocks of their own, then each
/// block grows from a seed by repeatedly taking the unassigned vertex most connected to it, up to
/// its target weight. With a fixed block count the leftovers go to the most connected block with
/// room; with a free count a block closes when nothing connected fits, and the next one opens.
enum InitialPartitioner {
    static func grow(_ level: Level, blockCount fixed: Int?, capacity: Double, order: [Int]) -> (blockOf: [Int], blockCount: Int) {
        let graph = level.hypergraph
        let count = graph.vertexCount
        var blockOf = [Int](repeating: -1, count: count)
        var load: [Double] = []
        var blocks = 0
        for vertex in 0..<count where level.alone[vertex] {
            blockOf[vertex] = blocks
            load.append(graph.vertexWeights[vertex])
            blocks += 1
        }
        let restWeight = (0..<count).filter { !level.alone[$0] }.reduce(0.0) { $0 + graph.vertexWeights[$1] }
        let growable = fixed.map { max(1, $0 - blocks) }
        let target = growable.map { min(capacity, restWeight / Double($0)) } ?? capacity

        var affinity = [Double](repeating: 0, count: count)
        var affinityTouched: [Int] = []
        var netSeen = [Int](repeating: -1, count: graph.netCount)
        var stamp = [Int](repeating: 0, count: count)
        var heap = MaxHeap()
        var cursor = 0
        var remaining = count - blocks

        func conflictsWithBlock(_ vertex: Int, _ block: Int) -> Bool {
            level.conflicts[vertex].contains { blockOf[$0] == block }
        }

        let aloneCount = blocks
        while remaining > 0 && (fixed == nil || blocks < aloneCount + (growable ?? 0)) {
            let block = blocks
            blocks += 1
            load.append(0)
            for vertex in affinityTouched { affinity[vertex] = 0 }
            affinityTouched.removeAll(keepingCapacity: true)
            heap.removeAll()
            while cursor < count && blockOf[order[cursor]] >= 0 { cursor += 1 }
            guard cursor < count else { break }
            let isLastFixed = fixed != nil && blocks == fixed
            var seedCursor = cursor
            var seeded = false
            while true {
                if !seeded {
                    // A seed: the next unassigned vertex in the order that fits.
                    while seedCursor < count && (blockOf[order[seedCursor]] >= 0
                                                 || load[block] + graph.vertexWeights[order[seedCursor]] > capacity + 1e-9
                                                 || conflictsWithBlock(order[seedCursor], block)) { seedCursor += 1 }
                    guard seedCursor < count else { break }
                    heap.push(.init(key: .infinity, vertex: order[seedCursor], stamp: stamp[order[seedCursor]]))
                    seedCursor += 1
                    seeded = true
                }
                guard let entry = heap.pop() else {
                    // Nothing connected is left: a fixed count keeps filling from a new seed; a free one closes.
                    if fixed != nil && load[block] < target - 1e-9 { seeded = false; continue }
                    break
                }
                let vertex = entry.vertex
                if blockOf[vertex] >= 0 || entry.stamp != stamp[vertex] { continue }
                let weight = graph.vertexWeights[vertex]
                let limit = isLastFixed ? capacity : target
                if load[block] + weight > limit + 1e-9 && !(load[block] == 0) { continue }
                if load[block] + weight > capacity + 1e-9 { continue }
                if conflictsWithBlock(vertex, block) { continue }
                blockOf[vertex] = block
                load[block] += weight
                remaining -= 1
                if load[block] >= limit - 1e-9 { break }
                for index in graph.netRange(vertex) {
                    let net = graph.incidence[index]
                    if netSeen[net] == block { continue }
                    netSeen[net] = block
                    let weightOfNet = graph.netWeights[net]
                    for slot in graph.pinRange(net) {
                        let other = graph.pins[slot]
                        if blockOf[other] >= 0 || level.alone[other] { continue }
                        if affinity[other] == 0 { affinityTouched.append(other) }
                        affinity[other] += weightOfNet
                        stamp[other] += 1
                        heap.push(.init(key: affinity[other], vertex: other, stamp: stamp[other]))
                    }
                }
            }
            if fixed == nil && load[block] == 0 { blocks -= 1; load.removeLast() }
        }
        // Leftovers (fixed count only): the most connected block with room, else the lightest.
        if remaining > 0 {
            let blockTotal = max(blocks, fixed ?? blocks, aloneCount + 1)
            while load.count < blockTotal { load.append(0) }
            blocks = blockTotal
            for vertex in order where blockOf[vertex] < 0 {
                var connection = [Int: Double]()
                for index in graph.netRange(vertex) {
                    let net = graph.incidence[index]
                    for slot in graph.pinRange(net) where blockOf[graph.pins[slot]] >= 0 {
                        connection[blockOf[graph.pins[slot]], default: 0] += graph.netWeights[net]
                    }
                }
                var best = -1
                for block in aloneCount..<blocks {
                    if load[block] + graph.vertexWeights[vertex] > capacity + 1e-9 { continue }
                    if conflictsWithBlock(vertex, block) { continue }
                    if best < 0 { best = block; continue }
                    let a = connection[block] ?? 0
                    let b = connection[best] ?? 0
                    if a > b || (a == b && load[block] < load[best]) { best = block }
                }
                if best < 0 {
                    // Over capacity for now; rebalancing moves it (or opens a block when the count is free).
                    best = (aloneCount..<blocks).min { (load[$0], $0) < (load[$1], $1) } ?? 0
                }
                blockOf[vertex] = best
                load[best] += graph.vertexWeights[vertex]
            }
        }
        return (blockOf, max(blocks, fixed ?? 0))
    }
}
