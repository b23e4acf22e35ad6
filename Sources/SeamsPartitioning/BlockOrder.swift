/// A topological order of the block graph of a directed level (block a → block b when a vertex of
/// a feeds a vertex of b), kept up to date as vertices move, so that the direction rule's question
/// "would this move close a cycle?" is answered from the order instead of by a search of the whole
/// block graph.
///
/// This is the idea of Pearce and Kelly's dynamic topological sort ("A dynamic topological sort
/// algorithm for directed acyclic graphs", JEA 2006) specialised to a move: every edge a move adds
/// touches the target block, so the order stays valid for all other edges, and only a window of the
/// order between the target's new successors and predecessors is searched and rearranged.
///
/// The order is only an accelerator: which order is kept never changes an answer. When a batch of
/// moves leaves the block graph cyclic for a while (merging two blocks vertex by vertex, a flow cut
/// that is then undone), the order is dropped and rebuilt by Kahn's algorithm when next asked for.
struct BlockOrder {
    /// Blocks in topological order.
    private(set) var blocks: [Int] = []
    /// Index of each block in `blocks`.
    private(set) var position: [Int] = []
    /// False once a move broke the order; rebuilt lazily.
    private(set) var isValid = false
    /// The move count at which a rebuild found a cycle, so it is not tried again before the next move.
    private var cyclicAt = -1
    /// Moves and added blocks so far.
    private var version = 0

    /// Rebuilds the order from the block graph when it is stale; afterwards `isValid` is false only
    /// when the block graph has a cycle.
    mutating func refresh(flowCount: [[Int]]) {
        if isValid || cyclicAt == version { return }
        guard let order = Self.topologicalOrder(flowCount) else {
            cyclicAt = version
            return
        }
        blocks = order
        position = [Int](repeating: 0, count: order.count)
        for (index, block) in order.enumerated() { position[block] = index }
        isValid = true
    }

    /// The blocks in a topological order of the block graph (Kahn's algorithm), or nil when the
    /// graph has a cycle.
    static func topologicalOrder(_ flowCount: [[Int]]) -> [Int]? {
        let count = flowCount.count
        var indegree = [Int](repeating: 0, count: count)
        for a in 0..<count {
            let row = flowCount[a]
            for b in 0..<count where a != b && row[b] > 0 { indegree[b] += 1 }
        }
        var order: [Int] = []
        order.reserveCapacity(count)
        for block in 0..<count where indegree[block] == 0 { order.append(block) }
        var cursor = 0
        while cursor < order.count {
            let block = order[cursor]
            cursor += 1
            let row = flowCount[block]
            for next in 0..<count where next != block && row[next] > 0 {
                indegree[next] -= 1
                if indegree[next] == 0 { order.append(next) }
            }
        }
        return order.count == count ? order : nil
    }

    /// A new, empty block: it has no edges, so it goes last.
    mutating func addBlock(_ block: Int) {
        version += 1
        guard isValid else { return }
        position.append(blocks.count)
        blocks.append(block)
    }

    /// Marks the order stale (a change the caller does not describe).
    mutating func invalidate() {
        version += 1
        isValid = false
    }

    /// Notes a move that kept the order valid (the caller checked that no new edge goes against it).
    mutating func noteMove() {
        version += 1
    }

    /// Restores the order after a vertex moved into `target` and some new edge of `target` goes
    /// against the order; `flowCount` is the block graph after the move.
    ///
    /// Every edge that does not touch `target` existed before and respects the order. `target`
    /// must sit after all its predecessors (the last at position `maxP`) and before all its
    /// successors (the first at `minS`): when `maxP < minS` it is moved to just after `maxP`; else
    /// the blocks of the window `minS…maxP` reachable from a successor (set D) move, in their old
    /// order, behind `target`, and the rest of the window stays in front of it. A block of D that
    /// feeds `target` is a cycle: the order is dropped.
    mutating func repair(around target: Int, flowCount: [[Int]]) {
        version += 1
        guard isValid else { return }
        let count = blocks.count
        var maxP = -1
        var minS = count
        for block in 0..<count where block != target {
            if flowCount[block][target] > 0 { maxP = max(maxP, position[block]) }
            if flowCount[target][block] > 0 { minS = min(minS, position[block]) }
        }
        var reordered: [Int] = []
        reordered.reserveCapacity(count)
        if maxP < minS {
            if maxP < 0 { reordered.append(target) }
            for (index, block) in blocks.enumerated() where block != target {
                reordered.append(block)
                if index == maxP { reordered.append(target) }
            }
        } else {
            // Forward from the successors inside the window; edges outside `target` go forward in the order.
            var inD = [Bool](repeating: false, count: count)
            var stack: [Int] = []
            for block in 0..<count where block != target && flowCount[target][block] > 0 && position[block] <= maxP {
                inD[block] = true
                stack.append(block)
            }
            while let block = stack.popLast() {
                if flowCount[block][target] > 0 {
                    isValid = false
                    return
                }
                let row = flowCount[block]
                var index = position[block] + 1
                while index <= maxP {
                    let next = blocks[index]
                    if next != target && !inD[next] && row[next] > 0 {
                        inD[next] = true
                        stack.append(next)
                    }
                    index += 1
                }
            }
            for index in 0..<minS where blocks[index] != target { reordered.append(blocks[index]) }
            for index in minS...maxP where blocks[index] != target && !inD[blocks[index]] { reordered.append(blocks[index]) }
            reordered.append(target)
            for index in minS...maxP where blocks[index] != target && inD[blocks[index]] { reordered.append(blocks[index]) }
            for index in (maxP + 1)..<count where blocks[index] != target { reordered.append(blocks[index]) }
        }
        blocks = reordered
        for (index, block) in reordered.enumerated() { position[block] = index }
    }
}
