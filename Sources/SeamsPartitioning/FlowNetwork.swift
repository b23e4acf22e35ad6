/// A directed flow network with real capacities and Dinic's maximum-flow algorithm; the engine
/// under flow refinement, which finds the cheapest cut between two blocks that FM's single moves
/// cannot reach.
///
/// Arcs come in pairs (an arc and its reverse at index ^ 1), so residual capacities are exact.
/// Everything is iterative: networks of tens of thousands of nodes must not exhaust a thread's stack.
struct FlowNetwork {
    static let epsilon = 1e-9

    private(set) var nodeCount: Int
    private var head: [Int]
    private var next: [Int] = []
    private var target: [Int] = []
    private var residual: [Double] = []

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        head = [Int](repeating: -1, count: nodeCount)
    }

    /// Adds a node and returns its index.
    mutating func addNode() -> Int {
        head.append(-1)
        nodeCount += 1
        return nodeCount - 1
    }

    /// Adds `from → to` with `capacity`, and `to → from` with `reverse` (0 for a directed arc).
    mutating func addArc(_ from: Int, _ to: Int, capacity: Double, reverse: Double = 0) {
        target.append(to)
        residual.append(capacity)
        next.append(head[from])
        head[from] = target.count - 1
        target.append(from)
        residual.append(reverse)
        next.append(head[to])
        head[to] = target.count - 1
    }

    /// Pushes a maximum flow from `source` to `sink` and returns its value.
    mutating func maximumFlow(from source: Int, to sink: Int) -> Double {
        var total = 0.0
        var level = [Int](repeating: -1, count: nodeCount)
        var cursor = [Int](repeating: -1, count: nodeCount)
        var queue: [Int] = []
        queue.reserveCapacity(nodeCount)
        var path: [Int] = []
        while true {
            // Breadth-first levels over arcs with residual capacity.
            for index in 0..<nodeCount { level[index] = -1 }
            level[source] = 0
            queue.removeAll(keepingCapacity: true)
            queue.append(source)
            var front = 0
            while front < queue.count {
                let node = queue[front]
                front += 1
                var arc = head[node]
                while arc >= 0 {
                    let to = target[arc]
                    if level[to] < 0 && residual[arc] > Self.epsilon {
                        level[to] = level[node] + 1
                        queue.append(to)
                    }
                    arc = next[arc]
                }
            }
            if level[sink] < 0 { return total }
            for index in 0..<nodeCount { cursor[index] = head[index] }
            // Blocking flow: advance along level-increasing arcs, retreat from dead ends.
            path.removeAll(keepingCapacity: true)
            var node = source
            while true {
                if node == sink {
                    var bottleneck = Double.infinity
                    for arc in path { bottleneck = min(bottleneck, residual[arc]) }
                    guard bottleneck.isFinite else { return .infinity }
                    var retreatTo = path.count
                    for (position, arc) in path.enumerated() {
                        residual[arc] -= bottleneck
                        residual[arc ^ 1] += bottleneck
                        if residual[arc] <= Self.epsilon && position < retreatTo { retreatTo = position }
                    }
                    total += bottleneck
                    path.removeSubrange(retreatTo...)
                    node = path.last.map { target[$0] } ?? source
                    continue
                }
                var arc = cursor[node]
                while arc >= 0 {
                    let to = target[arc]
                    if residual[arc] > Self.epsilon && level[to] == level[node] + 1 { break }
                    arc = next[arc]
                }
                cursor[node] = arc
                if arc >= 0 {
                    path.append(arc)
                    node = target[arc]
                    continue
                }
                if node == source { break }
                level[node] = -1
                guard let last = path.popLast() else { break }
                node = target[last ^ 1]
                cursor[node] = next[cursor[node]]
            }
        }
    }

    /// Nodes reachable from `source` over arcs with residual capacity: the smallest source side
    /// of a minimum cut, once a maximum flow has been pushed.
    func sourceSide(_ source: Int) -> [Bool] { reach(from: source, forward: true) }

    /// Nodes that reach `sink` over arcs with residual capacity: the smallest sink side.
    func sinkSide(_ sink: Int) -> [Bool] { reach(from: sink, forward: false) }

    /// Search over residual arcs, along them (`forward`) or against them: for `node → to`, the
    /// arc `to → node` is its pair, `arc ^ 1`.
    private func reach(from start: Int, forward: Bool) -> [Bool] {
        var seen = [Bool](repeating: false, count: nodeCount)
        var stack = [start]
        seen[start] = true
        while let node = stack.popLast() {
            var arc = head[node]
            while arc >= 0 {
                let to = target[arc]
                if !seen[to] && residual[forward ? arc : arc ^ 1] > Self.epsilon {
                    seen[to] = true
                    stack.append(to)
                }
                arc = next[arc]
            }
        }
        return seen
    }
}
