import SeamsModel
import SeamsAnalyzer
import SeamsPartitioning
import OrderedCollections

/// Why the plan is what it is, kept with the plan (the seed's "recorder that keeps decisions and
/// rejected alternatives"): the module count chosen and the rule that chose it, the other counts
/// with their objective, the best plan with cycles allowed, the constraints that bind, and per module
/// why its concerns are together and which merge and split were rejected.
public struct DecisionRecord: Sendable {
    /// One module count tried.
    public struct CountOption: Sendable {
        public var modules: Int
        /// The objective (crossing weight + tool spread, as the partitioner counts it) of the best
        /// plan found with this many modules; nil when none meets the constraints.
        public var cost: Double?
        /// The heaviest module's load.
        public var peakLoad: Double
        public var isParetoOptimal: Bool
    }

    /// The best plan when the module graph may have cycles, and the cycles it has.
    public struct CycleAlternative: Sendable {
        /// Its objective (crossing weight + tool spread), comparable with the plan's `objective`.
        public var cost: Double
        public var cycles: [[String]]
    }

    public struct ModuleRationale: Sendable {
        public var module: String
        public var why: String
        /// The merge that would save the most, and what forbids it.
        public var rejectedMerge: String?
        /// What forbids that merge, alone (for the list of binding constraints).
        public var mergeObstacle: String?
        /// The split that would cost the least, and its cost.
        public var rejectedSplit: String?
    }

    public var chosenModules: Int
    public var rule: String
    public var why: String
    public var sweep: [CountOption]
    public var withCycles: CycleAlternative?
    public var binding: [String]
    public var modules: [ModuleRationale]

    public static let rule = "least objective (crossing weight + tool spread); on a tie (within 0.01 bit), the lowest peak load (most headroom), then the fewest modules"

    /// Picks among the counts by `rule`; returns the index into `options`.
    static func choose(_ options: [(modules: Int, cost: Double, peak: Double)]) -> Int? {
        guard let least = options.map(\.cost).min() else { return nil }
        let near = options.indices.filter { options[$0].cost <= least + 0.005 }
        return near.min { (options[$0].peak, options[$0].modules, options[$0].cost) < (options[$1].peak, options[$1].modules, options[$1].cost) }
    }

    /// Marks the options that no other option beats on cost, module count and peak load at once.
    static func pareto(_ options: [CountOption]) -> [CountOption] {
        options.map { option in
            var marked = option
            guard let cost = option.cost else { marked.isParetoOptimal = false; return marked }
            marked.isParetoOptimal = !options.contains { other in
                guard let otherCost = other.cost else { return false }
                let noWorse = otherCost <= cost + 1e-9 && other.modules <= option.modules && other.peakLoad <= option.peakLoad + 1e-9
                let better = otherCost < cost - 1e-9 || other.modules < option.modules || other.peakLoad < option.peakLoad - 1e-9
                return noWorse && better
            }
            return marked
        }
    }

    /// Per-module reasons, from the final assignment. `moduleIDs[b]` names block b.
    static func rationale(concerns: [Concern], blockOf: [Int], moduleIDs: [String], weightOf: [String: Double],
                          graph: SpecHypergraph, budget: Double) -> [ModuleRationale] {
        let blockCount = moduleIDs.count
        var members = [[Int]](repeating: [], count: blockCount)
        for (vertex, block) in blockOf.enumerated() { members[block].append(vertex) }
        var touchers: OrderedDictionary<String, [Int]> = [:]
        for (vertex, concern) in concerns.enumerated() {
            for artifact in Set((concern.reads + concern.writes).map(\.value)).sorted() { touchers[artifact, default: []].append(vertex) }
        }
        let load = members.map { $0.reduce(0.0) { $0 + concerns[$1].load } }
        // Block-level flow for the cycle test of a merge, as successor lists (a matrix is k² per test).
        var successors = [Set<Int>](repeating: [], count: blockCount)
        for pair in graph.problem.constraints.precedence where blockOf[pair[0]] != blockOf[pair[1]] {
            successors[blockOf[pair[0]]].insert(blockOf[pair[1]])
        }
        func reachesIndirectly(_ a: Int, _ b: Int) -> Bool {
            var seen = [Bool](repeating: false, count: blockCount)
            var stack = successors[a].filter { $0 != b }.sorted()
            for block in stack { seen[block] = true }
            while let block = stack.popLast() {
                for next in successors[block] {
                    if next == b { return true }
                    if !seen[next] && next != a { seen[next] = true; stack.append(next) }
                }
            }
            return false
        }
        // Per artifact (in `touchers` order): how many concerns of each block touch it; per block and per
        // concern, the artifacts they touch in that order. Sums below add in the same order as a scan of
        // `touchers` would, so the figures are the same to the last bit, in time linear in the pins.
        let artifactNames = Array(touchers.keys)
        var touchingBlocks: [[Int: Int]] = []
        var artifactsOfBlock = [[Int]](repeating: [], count: blockCount)
        var artifactsOfConcern = [[Int]](repeating: [], count: concerns.count)
        for (index, list) in touchers.values.enumerated() {
            var counts: [Int: Int] = [:]
            for vertex in list {
                counts[blockOf[vertex], default: 0] += 1
                artifactsOfConcern[vertex].append(index)
            }
            for block in counts.keys { artifactsOfBlock[block].append(index) }  // ascending: `index` only grows
            touchingBlocks.append(counts)
        }
        let alone = Set(graph.problem.constraints.alone)
        func mergeObstacle(_ a: Int, _ b: Int) -> String {
            for block in [a, b] {
                if let gate = members[block].first(where: alone.contains) { return "\(concerns[gate].id) is a human gate, a module of its own" }
            }
            for (index, group) in graph.problem.constraints.apart.enumerated() {
                let inA = group.filter { blockOf[$0] == a }
                let inB = group.filter { blockOf[$0] == b }
                if !inA.isEmpty && !inB.isEmpty { return graph.apartReasons[index] }
            }
            if load[a] + load[b] > budget + 1e-9 {
                return "load \(NumberText.decimal(load[a] + load[b])) would exceed the budget of \(NumberText.decimal(budget))"
            }
            if reachesIndirectly(a, b) || reachesIndirectly(b, a) { return "it would close a cycle through another module" }
            return "no constraint forbids it; the module count was fixed"
        }
        var result: [ModuleRationale] = []
        for block in 0..<blockCount {
            var shared: [(String, Double)] = []
            for index in artifactsOfBlock[block] where touchingBlocks[index][block, default: 0] >= 2 {
                shared.append((artifactNames[index], weightOf[artifactNames[index]] ?? 0))
            }
            shared.sort { ($1.1, $0.0) < ($0.1, $1.0) }
            var why: String
            if members[block].count == 1 {
                let concern = concerns[members[block][0]]
                why = concern.isHumanGate ? "a human gate is a module of its own" : "\(concern.id) alone: no merge is both allowed and cheaper"
            } else if shared.isEmpty {
                why = "no artifact is shared inside; they fill the attention budget together"
            } else {
                why = "they share " + shared.prefix(3).map { "\($0.0) (\(NumberText.decimal($0.1)) bits)" }.joined(separator: ", ")
                    + (shared.count > 3 ? " and \(shared.count - 3) more" : "") + ", which would otherwise cross a seam"
            }
            // The merge with the largest saving: artifacts touched by both modules stop crossing.
            var bestMerge: (saving: Double, partner: Int)?
            var savings: [Int: Double] = [:]
            for index in artifactsOfBlock[block] {
                let weight = weightOf[artifactNames[index]] ?? 0
                for other in touchingBlocks[index].keys where other != block { savings[other, default: 0] += weight }
            }
            for other in savings.keys.sorted() {
                let saving = savings[other] ?? 0
                if saving > 0, bestMerge == nil || saving > bestMerge?.saving ?? 0 { bestMerge = (saving, other) }
            }
            let obstacle = bestMerge.map { mergeObstacle(block, $0.partner) }
            let merge = bestMerge.map { "with \(moduleIDs[$0.partner]) would save \(NumberText.decimal($0.saving)) bits, but \(obstacle ?? "")" }
            // The split with the least added cost: one concern moved to a module of its own.
            var bestSplit: (added: Double, vertex: Int)?
            if members[block].count >= 2 {
                for vertex in members[block] {
                    var added = 0.0
                    for index in artifactsOfConcern[vertex] where touchingBlocks[index][block, default: 0] >= 2 {
                        added += weightOf[artifactNames[index]] ?? 0
                    }
                    if bestSplit == nil || added < bestSplit?.added ?? 0 { bestSplit = (added, vertex) }
                }
            }
            let split = bestSplit.map { "moving \(concerns[$0.vertex].id) out would add \(NumberText.decimal($0.added)) bits" }
            result.append(ModuleRationale(module: moduleIDs[block], why: why, rejectedMerge: merge, mergeObstacle: obstacle, rejectedSplit: split))
        }
        return result
    }
}
