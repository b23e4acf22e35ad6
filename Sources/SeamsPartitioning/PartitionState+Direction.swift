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
        let count = blockCount
        if cycleScratch.count != 4 * count {
            cycleScratch = [Int](repeating: 0, count: 4 * count)
            cycleSeen = [Int](repeating: 0, count: count)
            cycleStamp = 0
        }
        // Edge changes the move makes, all touching the source or the target block, in four rows of
        // the scratch: from the source, into the source, from the target, into the target.
        let (fromSource, intoSource, fromTarget, intoTarget) = (0, count, 2 * count, 3 * count)
        for next in level.successors[vertex] {
            let other = blockOf[next]
            if other != source { cycleScratch[fromSource + other] += 1 }
            if other != target { cycleScratch[fromTarget + other] += 1 }
        }
        var last = order.position[target] - 1
        for previous in level.predecessors[vertex] {
            let other = blockOf[previous]
            if other != source { cycleScratch[intoSource + other] += 1 }
            if other != target {
                cycleScratch[intoTarget + other] += 1
                last = max(last, order.position[other])
            }
        }
        defer {
            for next in level.successors[vertex] {
                let other = blockOf[next]
                cycleScratch[fromSource + other] = 0
                cycleScratch[fromTarget + other] = 0
            }
            for previous in level.predecessors[vertex] {
                let other = blockOf[previous]
                cycleScratch[intoSource + other] = 0
                cycleScratch[intoTarget + other] = 0
            }
        }
        /// Edges from block `a` to block `b` after the move.
        func edges(_ a: Int, _ b: Int) -> Int {
            var edges = flowCount[a][b]
            if a == source { edges -= cycleScratch[fromSource + b] }
            if b == source { edges -= cycleScratch[intoSource + a] }
            if a == target { edges += cycleScratch[fromTarget + b] }
            if b == target { edges += cycleScratch[intoTarget + a] }
            return edges
        }
        guard last >= 0 else { return false }
        cycleStamp += 1
        var stack: [Int] = []
        for index in 0...last {
            let block = order.blocks[index]
            if block != target && edges(target, block) > 0 {
                cycleSeen[block] = cycleStamp
                stack.append(block)
            }
        }
        while let block = stack.popLast() {
            if edges(block, target) > 0 { return true }
            var index = order.position[block] + 1
            while index <= last {
                let next = order.blocks[index]
                if next != target && cycleSeen[next] != cycleStamp && edges(block, next) > 0 {
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
    func closesCycleBySearch(moving vertex: Int, to target: Int) -> Bool {
        let source = blockOf[vertex]
        let count = blockCount
        // Edge changes the move makes: all of them touch the source or the target block.
        var fromSource = [Int](repeating: 0, count: count)
        var intoSource = [Int](repeating: 0, count: count)
        var fromTarget = [Int](repeating: 0, count: count)
        var intoTarget = [Int](repeating: 0, count: count)
        for next in level.successors[vertex] {
            let other = blockOf[next]
            if other != source { fromSource[other] += 1 }
            if other != target { fromTarget[other] += 1 }
        }
        for previous in level.predecessors[vertex] {
            let other = blockOf[previous]
            if other != source { intoSource[other] += 1 }
            if other != target { intoTarget[other] += 1 }
        }
        var seen = [Bool](repeating: false, count: count)
        var stack = [target]
        while let block = stack.popLast() {
            let row = flowCount[block]
            for next in 0..<count where next != block {
                var edges = row[next]
                if block == source { edges -= fromSource[next] }
                if next == source { edges -= intoSource[block] }
                if block == target { edges += fromTarget[next] }
                if next == target { edges += intoTarget[block] }
                guard edges > 0 else { continue }
                if next == target { return true }
                if !seen[next] { seen[next] = true; stack.append(next) }
            }
        }
        return false
    }
}
