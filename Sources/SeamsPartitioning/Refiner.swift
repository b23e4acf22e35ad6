/// k-way FM refinement: moves boundary vertices to the neighbouring block with the best gain
/// (negative gains allowed, to climb out of local minima), locks each moved vertex, and rolls
/// back to the best prefix of the pass. Every move respects capacity, conflicts and alone-ness.
enum Refiner {
    /// Nets larger than this do not trigger neighbour updates (their gains are refreshed lazily).
    static let largeNet = 1000

    /// Runs FM passes until one gains nothing or `passes` are done.
    static func refine(_ state: inout PartitionState, passes: Int = 10) {
        for _ in 0..<passes {
            let gained = pass(&state)
            if gained <= PartitionState.tolerance { break }
        }
    }

    /// One FM pass; returns the gain kept after rollback.
    static func pass(_ state: inout PartitionState) -> Double {
        let graph = state.level.hypergraph
        let count = graph.vertexCount
        var heap = MaxHeap()
        var stamp = [Int](repeating: 0, count: count)
        var locked = [Bool](repeating: false, count: count)
        for vertex in 0..<count where !state.level.alone[vertex] && state.isBoundary(vertex) {
            if let move = state.bestMove(vertex) { heap.push(.init(key: move.gain, vertex: vertex, stamp: 0)) }
        }
        var moves: [(vertex: Int, from: Int)] = []
        var cumulative = 0.0
        var best = 0.0
        var bestLength = 0
        let patience = max(50, min(count / 20, 2000))
        while let entry = heap.pop() {
            let vertex = entry.vertex
            if locked[vertex] || entry.stamp != stamp[vertex] { continue }
            guard let move = state.bestMove(vertex) else { continue }
            if move.gain < entry.key - PartitionState.tolerance {
                stamp[vertex] += 1
                heap.push(.init(key: move.gain, vertex: vertex, stamp: stamp[vertex]))
                continue
            }
            let from = state.blockOf[vertex]
            state.move(vertex, to: move.block)
            locked[vertex] = true
            moves.append((vertex, from))
            cumulative += move.gain
            if cumulative > best + PartitionState.tolerance {
                best = cumulative
                bestLength = moves.count
            } else if moves.count - bestLength > patience {
                break
            }
            for index in graph.netRange(vertex) {
                let net = graph.incidence[index]
                if graph.netSize(net) > largeNet { continue }
                for slot in graph.pinRange(net) {
                    let neighbour = graph.pins[slot]
                    if locked[neighbour] || state.level.alone[neighbour] { continue }
                    stamp[neighbour] += 1
                    if let next = state.bestMove(neighbour) {
                        heap.push(.init(key: next.gain, vertex: neighbour, stamp: stamp[neighbour]))
                    }
                }
            }
        }
        while moves.count > bestLength, let undo = moves.popLast() {
            state.move(undo.vertex, to: undo.from)
        }
        return best
    }

    /// Moves vertices out of blocks over capacity, cheapest loss first; returns false when some
    /// block stays over capacity.
    static func rebalance(_ state: inout PartitionState, allowNewBlocks: Bool) -> Bool {
        let graph = state.level.hypergraph
        var members = [[Int]](repeating: [], count: state.blockCount)
        for vertex in 0..<graph.vertexCount { members[state.blockOf[vertex]].append(vertex) }
        for block in 0..<state.blockCount where state.load[block] > state.capacity + PartitionState.tolerance {
            while state.load[block] > state.capacity + PartitionState.tolerance {
                var chosen: (gain: Double, vertex: Int, target: Int)?
                for vertex in members[block] where state.blockOf[vertex] == block && !state.level.alone[vertex] {
                    guard let move = state.bestMove(vertex, anyBlock: true) else { continue }
                    if chosen == nil || move.gain > chosen?.gain ?? 0 { chosen = (move.gain, vertex, move.block) }
                }
                if let chosen {
                    state.move(chosen.vertex, to: chosen.target)
                    members[chosen.target].append(chosen.vertex)
                    continue
                }
                guard allowNewBlocks else { return false }
                let fresh = state.addBlock()
                members.append([])
                // On a directed level the vertex must not close a cycle through its new block.
                var last: Int?
                for vertex in members[block].reversed() where state.blockOf[vertex] == block {
                    if state.canMove(vertex, to: fresh) { last = vertex; break }
                }
                guard let vertex = last else { return false }
                state.move(vertex, to: fresh)
                members[fresh].append(vertex)
            }
        }
        return state.isWithinCapacity
    }

    /// Fills empty blocks (a fixed block count means every block holds something) with the
    /// vertex whose move loses least, taken from blocks that keep at least one vertex.
    static func fillEmptyBlocks(_ state: inout PartitionState) {
        let graph = state.level.hypergraph
        for block in 0..<state.blockCount where state.size[block] == 0 {
            var chosen: (gain: Double, vertex: Int)?
            for vertex in 0..<graph.vertexCount where state.size[state.blockOf[vertex]] > 1 && !state.level.alone[vertex] {
                guard state.canMove(vertex, to: block) else { continue }
                var gain = 0.0
                for index in graph.netRange(vertex) {
                    let net = graph.incidence[index]
                    gain -= graph.netWeights[net]
                    if state.pinCount(net, state.blockOf[vertex]) == 1 { gain += graph.netWeights[net] }
                }
                if chosen == nil || gain > chosen?.gain ?? 0 { chosen = (gain, vertex) }
            }
            if let chosen { state.move(chosen.vertex, to: block) }
        }
    }

    /// Merges pairs of blocks that share nets while the union fits and no constraint forbids it,
    /// largest shared weight first (a merge never raises the cost). Returns the new block of each vertex.
    static func mergeBlocks(_ state: inout PartitionState) {
        let graph = state.level.hypergraph
        while true {
            var shared: [Int: Double] = [:]
            let k = state.blockCount
            for net in 0..<graph.netCount where state.lambda[net] > 1 && state.lambda[net] <= 64 {
                let base = graph.netStart[net]
                let blocks = (base..<(base + state.lambda[net])).map { state.slotBlock[$0] }.sorted()
                for i in 0..<blocks.count {
                    for j in (i + 1)..<blocks.count { shared[blocks[i] * k + blocks[j], default: 0] += graph.netWeights[net] }
                }
            }
            let candidates = shared.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            var members = [[Int]](repeating: [], count: k)
            for vertex in 0..<graph.vertexCount { members[state.blockOf[vertex]].append(vertex) }
            var changed = Set<Int>()
            var merged = false
            for (key, _) in candidates {
                let a = key / k
                let b = key % k
                if changed.contains(a) || changed.contains(b) { continue }
                if state.aloneBlock[a] || state.aloneBlock[b] { continue }
                if state.load[a] + state.load[b] > state.capacity + PartitionState.tolerance { continue }
                if !state.canMerge(a, b) { continue }
                let (small, large) = members[a].count <= members[b].count ? (a, b) : (b, a)
                let conflict = members[small].contains { vertex in state.level.conflicts[vertex].contains { state.blockOf[$0] == large } }
                if conflict { continue }
                for vertex in members[small] { state.move(vertex, to: large) }
                changed.insert(a)
                changed.insert(b)
                merged = true
            }
            if !merged { return }
        }
    }
}
