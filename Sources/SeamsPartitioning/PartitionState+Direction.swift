/// The direction rule's move test: would moving a vertex put its target block on a cycle of the
/// block graph? Answered from the block order (`BlockOrder`) in time proportional to the vertex's
/// flow degree when the move keeps every new edge in order, and by a search confined to a window
/// of the order otherwise; by a search of the whole block graph only while that graph has a cycle.
extension PartitionState {
    /// Whether moving `vertex` to `target` would put `target` on a cycle of the block graph,
    /// counted exactly on the graph after the move (edges the move removes are gone).
    ///
    /// With a valid order every edge not touching `target` goes forward in it, before and after
    /// the move, so a cycle through `target` needs a new edge against the order: a successor of
    /// the vertex in a block before `target`, or a predecessor in a block after it. Without one
    /// the answer is no; with one, the search runs forward from `target`'s successors through
    /// blocks no later than its last predecessor.
    mutating func closesCycle(moving vertex: Int, to target: Int) -> Bool {
        order.refresh(flowCount: flowCount)
        guard order.isValid else { return closesCycleBySearch(moving: vertex, to: target) }
        let here = order.position[target]
        var againstOrder = false
        for next in level.successors[vertex] {
            let block = blockOf[next]
            if block != target && order.position[block] < here { againstOrder = true; break }
        }
        if !againstOrder {
            for previous in level.predecessors[vertex] {
                let block = blockOf[previous]
                if block != target && order.position[block] > here { againstOrder = true; break }
            }
        }
        return againstOrder && closesCycleInWindow(moving: vertex, to: target)
    }

    /// The exact search of `closesCycle` on a valid order: from each block `target` would feed,
    /// forward through blocks up to the last one that would feed `target`.
    private mutating func closesCycleInWindow(moving vertex: Int, to target: Int) -> Bool {
        let source = blockOf[vertex]
        var last = order.position[target] - 1
        for previous in level.predecessors[vertex] where blockOf[previous] != target {
            last = max(last, order.position[blockOf[previous]])
        }
        guard last >= 0 else { return false }
        countMoveEdges(moving: vertex, to: target, 1)
        defer { countMoveEdges(moving: vertex, to: target, -1) }
        cycleStamp += 1
        var stack: [Int] = []
        for index in 0...last {
            let block = order.blocks[index]
            if block != target && edgesAfterMove(target, block, source: source, target: target) > 0 {
                cycleSeen[block] = cycleStamp
                stack.append(block)
            }
        }
        while let block = stack.popLast() {
            if edgesAfterMove(block, target, source: source, target: target) > 0 { return true }
            var index = order.position[block] + 1
            while index <= last {
                let next = order.blocks[index]
                if next != target && cycleSeen[next] != cycleStamp && edgesAfterMove(block, next, source: source, target: target) > 0 {
                    cycleSeen[next] = cycleStamp
                    stack.append(next)
                }
                index += 1
            }
        }
        return false
    }

    /// `closesCycle` by a depth-first search of the whole block graph after the move: the test used
    /// while the block graph has a cycle (no topological order exists), and the reference the
    /// order-based test is checked against.
    mutating func closesCycleBySearch(moving vertex: Int, to target: Int) -> Bool {
        let source = blockOf[vertex]
        let count = blockCount
        countMoveEdges(moving: vertex, to: target, 1)
        defer { countMoveEdges(moving: vertex, to: target, -1) }
        var seen = [Bool](repeating: false, count: count)
        var stack = [target]
        while let block = stack.popLast() {
            for next in 0..<count where next != block && edgesAfterMove(block, next, source: source, target: target) > 0 {
                if next == target { return true }
                if !seen[next] { seen[next] = true; stack.append(next) }
            }
        }
        return false
    }

    /// Adds (`sign` 1) or removes (−1) the edge changes that moving `vertex` to `target` makes, all
    /// of them touching the source or the target block, in four rows of `cycleScratch`: from the
    /// source, into the source, from the target, into the target. Removing leaves the scratch zero.
    private mutating func countMoveEdges(moving vertex: Int, to target: Int, _ sign: Int) {
        let source = blockOf[vertex]
        let count = blockCount
        if cycleScratch.count != 4 * count {
            cycleScratch = [Int](repeating: 0, count: 4 * count)
            cycleSeen = [Int](repeating: 0, count: count)
            cycleStamp = 0
        }
        for next in level.successors[vertex] {
            let other = blockOf[next]
            if other != source { cycleScratch[other] += sign }
            if other != target { cycleScratch[2 * count + other] += sign }
        }
        for previous in level.predecessors[vertex] {
            let other = blockOf[previous]
            if other != source { cycleScratch[count + other] += sign }
            if other != target { cycleScratch[3 * count + other] += sign }
        }
    }

    /// Edges from block `a` to block `b` once `countMoveEdges` has counted the move from `source` to
    /// `target`. (Mutating only so that unoptimised builds do not copy the state to call it: the
    /// searches call it for every block pair they look at.)
    private mutating func edgesAfterMove(_ a: Int, _ b: Int, source: Int, target: Int) -> Int {
        let count = blockCount
        var edges = flowCount[a][b]
        if a == source { edges -= cycleScratch[b] }
        if b == source { edges -= cycleScratch[count + a] }
        if a == target { edges += cycleScratch[2 * count + b] }
        if b == target { edges += cycleScratch[3 * count + a] }
        return edges
    }
}
