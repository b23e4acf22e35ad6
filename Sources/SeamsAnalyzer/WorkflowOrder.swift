public import SeamsModel
import OrderedCollections

/// The order in which a decomposition's modules run: parallel levels along the interfaces,
/// a checkpoint after every module with an effect, and an approval gate at every human gate.
///
/// Modules on a cycle run in one level together (the cycle is listed), so any document has an order.
public struct WorkflowOrder: Sendable, Hashable {
    /// Modules that can run in parallel, level by level; ids sorted within a level.
    public var levels: [[String]]
    /// Modules after which state is checkpointed, because they change the world.
    public var checkpoints: [String]
    /// Modules that wait for a person's approval.
    public var approvalGates: [String]
    /// Groups of modules that feed each other (strongly connected, two or more), sorted.
    public var cycles: [[String]]

    /// Computes the order from the scored interfaces and the document's concerns.
    public static func compute(document: Document, score: DocumentScore) -> WorkflowOrder {
        let ids = score.modules.map(\.id)
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() { index[id] = position }
        var successors = [[Int]](repeating: [], count: ids.count)
        for interface in score.interfaces {
            guard let from = index[interface.from], let to = index[interface.to] else { continue }
            successors[from].append(to)
        }
        let components = StronglyConnected.components(successors)
        // Longest-path layering over the condensation, which is acyclic.
        var componentSuccessors = [Set<Int>](repeating: [], count: components.count)
        var componentOf = [Int](repeating: 0, count: ids.count)
        for (number, members) in components.enumerated() { for member in members { componentOf[member] = number } }
        var indegree = [Int](repeating: 0, count: components.count)
        for (from, targets) in successors.enumerated() {
            for to in targets where componentOf[from] != componentOf[to] {
                if componentSuccessors[componentOf[from]].insert(componentOf[to]).inserted { indegree[componentOf[to]] += 1 }
            }
        }
        var level = [Int](repeating: 0, count: components.count)
        var ready = (0..<components.count).filter { indegree[$0] == 0 }
        while let component = ready.popLast() {
            for next in componentSuccessors[component] {
                level[next] = max(level[next], level[component] + 1)
                indegree[next] -= 1
                if indegree[next] == 0 { ready.append(next) }
            }
        }
        var levels = [[String]](repeating: [], count: (level.max() ?? -1) + 1)
        for (number, members) in components.enumerated() {
            levels[level[number]].append(contentsOf: members.map { ids[$0] })
        }
        levels = levels.map { $0.sorted() }.filter { !$0.isEmpty }

        let modules = score.modules
        let checkpoints = modules.filter { module in
            module.concerns.contains { document.concerns[$0]?.resolvedEffect.changesTheWorld == true }
        }.map(\.id)
        let gates = modules.filter(\.hasHumanGate).map(\.id)
        let cycles = components.filter { $0.count > 1 }.map { $0.map { ids[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        return WorkflowOrder(levels: levels, checkpoints: checkpoints, approvalGates: gates, cycles: cycles)
    }
}

/// Tarjan's strongly connected components, iterative so 10⁵ modules do not exhaust the stack.
enum StronglyConnected {
    static func components(_ successors: [[Int]]) -> [[Int]] {
        let count = successors.count
        var index = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var counter = 0
        for root in 0..<count where index[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while var frame = work.popLast() {
                if frame.edge < successors[frame.node].count {
                    let next = successors[frame.node][frame.edge]
                    frame.edge += 1
                    work.append(frame)
                    if index[next] < 0 {
                        index[next] = counter; low[next] = counter; counter += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        low[frame.node] = min(low[frame.node], index[next])
                    }
                    continue
                }
                if let parent = work.last { low[parent.node] = min(low[parent.node], low[frame.node]) }
                if low[frame.node] == index[frame.node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == frame.node { break }
                    }
                    result.append(component.sorted())
                }
            }
        }
        return result
    }
}
