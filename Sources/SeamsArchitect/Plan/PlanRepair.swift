import SeamsModel
import SeamsAnalyzer
import OrderedCollections
import SeamsPartitioning

/// One concern moved by `seams plan --keep`, and the rule that made it move.
public struct RepairMove: Sendable, Hashable {
    public var concern: String
    /// The module it was in; nil when the edited plan left it in no module.
    public var from: String?
    public var to: String
    public var reason: String
}

/// Repair, not replan: starts from an edited plan's modules, keeps pinned modules as they are, and
/// moves the fewest concerns it can (greedily, one concern or `together` group a move) until no
/// rule of the architect is broken — budget, a gate alone, `apart` (declared, review duty,
/// irreversible effects and what decides them), `together`, and an acyclic module graph (which
/// also keeps every module on one side of each human gate). Each move is the one that lowers the
/// violations most, then the objective; new modules are added only when no existing one can take
/// the concern.
struct PlanRepair {
    let concerns: [Concern]
    let graph: SpecHypergraph
    let capacity: Double
    /// Precedence pairs between concerns that are not in one cycle of the spec's own flow.
    let flow: [(Int, Int)]
    let togetherOf: [Int]
    /// `reach[a][b]`: concern b depends on concern a through the flow.
    let reach: [[Bool]]

    init(concerns: [Concern], graph: SpecHypergraph) {
        self.concerns = concerns
        self.graph = graph
        capacity = graph.problem.capacity
        let count = concerns.count
        var togetherOf = Array(0..<count)
        for group in graph.problem.constraints.together {
            for member in group { togetherOf[member] = group.min() ?? member }
        }
        self.togetherOf = togetherOf
        let pairs = graph.problem.constraints.precedence.map { ($0[0], $0[1]) }
        let reach = Self.reachability(count: count, edges: pairs)
        self.reach = reach
        flow = pairs.filter { !(reach[$0.1][$0.0]) }
    }

    /// `reach[a][b]`: b can be reached from a along one or more edges.
    static func reachability(count: Int, edges: [(Int, Int)]) -> [[Bool]] {
        var next = [[Int]](repeating: [], count: count)
        for (a, b) in edges where a != b { next[a].append(b) }
        var reach = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
        for start in 0..<count {
            var stack = next[start]
            while let node = stack.popLast() {
                if reach[start][node] { continue }
                reach[start][node] = true
                stack.append(contentsOf: next[node])
            }
        }
        return reach
    }

    /// What is wrong with an assignment: hard violations (each reason once per place), and the load over budget.
    struct Violations {
        var reasons: [(vertices: [Int], reason: String)] = []
        var overload = 0.0
        var count: Int { reasons.count }
        func isBetter(than other: Violations) -> Bool {
            (count, overload) < (other.count, other.overload - 1e-9)
        }
    }

    func violations(_ blockOf: [Int], names: [String]) -> Violations {
        var result = Violations()
        let blockCount = names.count
        var load = [Double](repeating: 0, count: blockCount)
        var members = [[Int]](repeating: [], count: blockCount)
        for (vertex, block) in blockOf.enumerated() where block >= 0 {
            load[block] += graph.problem.hypergraph.vertexWeights[vertex]
            members[block].append(vertex)
        }
        for (vertex, block) in blockOf.enumerated() where block < 0 {
            result.reasons.append(([vertex], "\(concerns[vertex].id) was in no module"))
        }
        for block in 0..<blockCount where load[block] > capacity + 1e-9 {
            result.reasons.append((members[block], "\(names[block]) had load \(NumberText.decimal(load[block])), over the budget of \(NumberText.decimal(capacity))"))
            result.overload += load[block] - capacity
        }
        for gate in graph.problem.constraints.alone where blockOf[gate] >= 0 && members[blockOf[gate]].count > 1 {
            result.reasons.append((members[blockOf[gate]].filter { $0 != gate } + [gate], "\(concerns[gate].id) is a human gate, a module of its own"))
        }
        for (index, group) in graph.problem.constraints.apart.enumerated() {
            for (position, a) in group.enumerated() {
                for b in group[(position + 1)...] where blockOf[a] >= 0 && blockOf[a] == blockOf[b] {
                    result.reasons.append(([b, a], graph.apartReasons[index]))
                }
            }
        }
        for group in graph.problem.constraints.together where Set(group.map { blockOf[$0] }).count > 1 {
            result.reasons.append((Array(group.dropFirst()), "\(group.map { concerns[$0].id }.joined(separator: ", ")) must be together"))
        }
        let edges = flow.compactMap { pair -> (Int, Int)? in
            let (a, b) = (blockOf[pair.0], blockOf[pair.1])
            return a >= 0 && b >= 0 && a != b ? (a, b) : nil
        }
        let reach = Self.reachability(count: blockCount, edges: edges)
        let cyclic = (0..<blockCount).filter { reach[$0][$0] }
        if !cyclic.isEmpty {
            // The concerns whose flow closes the cycle: a writer and a reader in cyclic modules.
            var movers: [Int] = []
            for pair in flow where cyclic.contains(blockOf[pair.0]) && cyclic.contains(blockOf[pair.1]) && blockOf[pair.0] != blockOf[pair.1] {
                movers.append(pair.0)
                movers.append(pair.1)
            }
            let modules = cyclic.map { names[$0] }.joined(separator: ", ")
            result.reasons.append((Array(OrderedSet(movers)), "modules \(modules) fed each other (a cycle; a module on both sides of a gate is one)"))
        }
        return result
    }

    /// A pinned module that breaks a rule by itself: what is wrong, or nil.
    func pinnedFault(_ vertices: [Int]) -> String? {
        let set = Set(vertices)
        let load = vertices.reduce(0.0) { $0 + graph.problem.hypergraph.vertexWeights[$1] }
        if load > capacity + 1e-9 { return "load \(NumberText.decimal(load)) is over the budget of \(NumberText.decimal(capacity))" }
        if vertices.count > 1, let gate = graph.problem.constraints.alone.first(where: set.contains) {
            return "\(concerns[gate].id) is a human gate, a module of its own"
        }
        for (index, group) in graph.problem.constraints.apart.enumerated() where group.filter(set.contains).count > 1 {
            return graph.apartReasons[index]
        }
        for gate in graph.problem.constraints.alone where !set.contains(gate) {
            if let before = vertices.first(where: { reach[$0][gate] }), let after = vertices.first(where: { reach[gate][$0] }) {
                return "it holds \(concerns[before].id) before and \(concerns[after].id) after the human gate \(concerns[gate].id)"
            }
        }
        for group in graph.problem.constraints.together where group.contains(where: set.contains) && !group.allSatisfy(set.contains) {
            return "it holds part of the together group \(group.map { concerns[$0].id }.joined(separator: ", "))"
        }
        return nil
    }

    enum Failure: Error {
        case pinned(module: String, reason: String)
        case stuck(reason: String)
    }

    /// One concern moved: from block `from` (nil: it was in no module) to block `to`, and the rules it mends.
    struct Move {
        var vertex: Int
        var from: Int?
        var to: Int
        var reason: String
    }

    /// The repaired assignment, the blocks' names (new blocks named ""), and the moves in order.
    struct Outcome {
        var blockOf: [Int]
        var names: [String]
        var moves: [Move]
    }

    /// Repairs `blockOf` (−1: in no module); `names[b]` names block b, `pinned[b]` fixes it.
    /// New blocks get an empty name, filled in by the caller.
    func run(blockOf initial: [Int], names initialNames: [String], pinned initialPins: [Bool]) throws(Failure) -> Outcome {
        var blockOf = initial
        var names = initialNames
        var pinned = initialPins
        for block in names.indices where pinned[block] {
            let vertices = blockOf.indices.filter { blockOf[$0] == block }
            if let fault = pinnedFault(vertices) { throw .pinned(module: names[block], reason: fault) }
        }
        var moves: [Move] = []
        var current = violations(blockOf, names: names)
        var steps = 0
        while current.count > 0 {
            steps += 1
            if steps > 4 * concerns.count + 8 { throw .stuck(reason: current.reasons.first?.reason ?? "") }
            var best: (violations: Violations, cost: Double, rank: Int, unit: [Int], to: Int, reason: String)?
            var tried = Set<Int>()
            for entry in current.reasons {
                for vertex in entry.vertices {
                    guard tried.insert(togetherOf[vertex]).inserted else { continue }
                    let unit = blockOf.indices.filter { togetherOf[$0] == togetherOf[vertex] && (blockOf[$0] == blockOf[vertex] || blockOf[vertex] < 0) }
                    if blockOf[vertex] >= 0 && pinned[blockOf[vertex]] { continue }
                    for destination in 0...names.count where destination == names.count || (!pinned[destination] && destination != blockOf[vertex]) {
                        var candidate = blockOf
                        for member in unit { candidate[member] = destination }
                        var candidateNames = names
                        if destination == names.count { candidateNames.append("a new module") }
                        let after = violations(candidate, names: candidateNames)
                        let cost = graph.problem.hypergraph.cost(of: candidate.map { max($0, 0) })
                        // On a tie, the move into the module named for the concern (names keep saying what modules do).
                        // Then the move of a concern that does not fit the name of the module it leaves.
                        let fits = destination < names.count && ModuleNaming.fits(concerns[vertex], name: names[destination])
                        let stays = blockOf[vertex] >= 0 && ModuleNaming.fits(concerns[vertex], name: names[blockOf[vertex]])
                        let rank = (fits ? 0 : 2) + (stays ? 1 : 0)
                        let better: Bool
                        if let best {
                            let tied = !best.violations.isBetter(than: after) && !after.isBetter(than: best.violations)
                            better = after.isBetter(than: best.violations)
                                || (tied && (cost < best.cost - 1e-9 || (abs(cost - best.cost) <= 1e-9 && rank < best.rank)))
                        } else {
                            better = true
                        }
                        if better {
                            // Every rule the move mends, in words.
                            let mended = current.reasons.filter { fixed in
                                fixed.vertices.contains(where: unit.contains) && !after.reasons.contains { $0.reason == fixed.reason }
                            }.map(\.reason)
                            best = (after, cost, rank, unit, destination, mended.isEmpty ? entry.reason : OrderedSet(mended).joined(separator: "; "))
                        }
                    }
                }
            }
            guard let chosen = best, chosen.violations.isBetter(than: current) else {
                throw .stuck(reason: current.reasons.first?.reason ?? "")
            }
            if chosen.to == names.count {
                names.append("")
                pinned.append(false)
            }
            for member in chosen.unit {
                moves.append(Move(vertex: member, from: blockOf[member] >= 0 ? blockOf[member] : nil, to: chosen.to, reason: chosen.reason))
                blockOf[member] = chosen.to
            }
            current = chosen.violations
        }
        return Outcome(blockOf: blockOf, names: names, moves: moves)
    }
}
