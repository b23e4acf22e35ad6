/// Strongly connected components of a directed graph (Tarjan's algorithm, iterative so deep
/// chains cannot overflow the stack): the cycles a flow forces on any partition.
///
/// Public because the architect names the cycles of the plan it would make with cycles allowed,
/// with the same component numbering the partitioner uses for forced cycles.
public enum StrongComponents {
    /// The component of each vertex, numbered in order of each component's lowest vertex.
    public static func of(vertexCount count: Int, edges: [(Int, Int)]) -> [Int] {
        var successors = [[Int]](repeating: [], count: count)
        for (from, to) in edges { successors[from].append(to) }
        var index = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var rawComponent = [Int](repeating: -1, count: count)
        var next = 0
        var components = 0
        for root in 0..<count where index[root] < 0 {
            // Each frame: a vertex and how many of its successors were visited.
            var frames = [(vertex: root, child: 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let vertex = frame.vertex
                if frame.child < successors[vertex].count {
                    frames[frames.count - 1].child += 1
                    let target = successors[vertex][frame.child]
                    if index[target] < 0 {
                        index[target] = next; low[target] = next; next += 1
                        stack.append(target); onStack[target] = true
                        frames.append((target, 0))
                    } else if onStack[target] {
                        low[vertex] = min(low[vertex], index[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.vertex] = min(low[parent.vertex], low[vertex]) }
                if low[vertex] == index[vertex] {
                    while let member = stack.popLast() {
                        onStack[member] = false
                        rawComponent[member] = components
                        if member == vertex { break }
                    }
                    components += 1
                }
            }
        }
        var number = [Int](repeating: -1, count: components)
        var assigned = 0
        return rawComponent.map { raw in
            if number[raw] < 0 { number[raw] = assigned; assigned += 1 }
            return number[raw]
        }
    }
}
