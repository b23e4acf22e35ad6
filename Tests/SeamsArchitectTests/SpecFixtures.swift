import OrderedCollections
import SeamsAnalyzer
import SeamsArchitect
import SeamsModel
import SeamsTestSupport
@testable import SeamsArchitect
@testable import SeamsPartitioning

/// Specs made in the tests: random small ones (with their brute-force twin) and planted ones.
enum SpecFixtures {
    static let analyzer: Analyzer = {
        do { return Analyzer(catalog: try Catalog.builtIn()) } catch { fatalError("the built-in catalog must load: \(error)") }
    }()

    /// A random spec of 3…10 concerns: artifacts with explicit integer weights, loads 1…3,
    /// sometimes a human gate, an irreversible effect, a together or an apart group.
    static func randomSpec(seed: UInt64) -> (text: String, instance: BruteForce.Instance, modules: Int?) {
        var random = DeterministicRandom(seed: seed &* 7919)
        let count = 3 + random.below(8)
        let loads = (0..<count).map { _ in 1 + random.below(3) }
        let artifactCount = 2 + random.below(2 * count)
        var reads = [[Int]](repeating: [], count: count)
        var writes = [[Int]](repeating: [], count: count)
        var weights: [Int] = []
        for artifact in 0..<artifactCount {
            weights.append(1 + random.below(12))
            writes[random.below(count)].append(artifact)
            for _ in 0..<(1 + random.below(2)) { reads[random.below(count)].append(artifact) }
        }
        let gate = random.below(3) == 0 ? random.below(count) : nil
        var irreversible = random.below(3) == 0 ? random.below(count) : nil
        if irreversible == gate { irreversible = nil }
        var apart: [[Int]] = []
        var together: [[Int]] = []
        if random.below(3) == 0 {
            let a = random.below(count), b = random.below(count)
            if a != b && a != gate && b != gate { apart.append([a, b]) }
        }
        if random.below(4) == 0 {
            let a = random.below(count), b = random.below(count)
            if a != b && a != gate && b != gate && !apart.contains([a, b]) && !apart.contains([b, a]) { together.append([a, b]) }
        }
        let budget = 3 + random.below(5)
        let modules: Int? = random.below(3) == 0 ? 2 + random.below(3) : nil

        var lines = ["seams: 1", "name: random-\(seed)", "budget: { attention: \(budget) }", "artifacts:"]
        for artifact in 0..<artifactCount { lines.append("  a\(artifact): { weight: \(weights[artifact]) }") }
        lines.append("concerns:")
        for concern in 0..<count {
            var parts = ["load: \(loads[concern])"]
            if !reads[concern].isEmpty { parts.append("reads: [\(reads[concern].map { "a\($0)" }.joined(separator: ", "))]") }
            if !writes[concern].isEmpty { parts.append("writes: [\(writes[concern].map { "a\($0)" }.joined(separator: ", "))]") }
            if concern == gate { parts.append("gate: human") }
            if concern == irreversible { parts.append("effect: irreversible") }
            lines.append("  c\(concern): { \(parts.joined(separator: ", ")) }")
        }
        if !apart.isEmpty || !together.isEmpty {
            lines.append("constraints:")
            if !together.isEmpty { lines.append("  together: [\(together.map { "[\($0.map { "c\($0)" }.joined(separator: ", "))]" }.joined(separator: ", "))]") }
            if !apart.isEmpty { lines.append("  apart: [\(apart.map { "[\($0.map { "c\($0)" }.joined(separator: ", "))]" }.joined(separator: ", "))]") }
        }

        // The same problem for brute force, built independently of SpecHypergraph.
        var nets: [[Int]] = []
        var netWeights: [Double] = []
        for artifact in 0..<artifactCount {
            let pins = (0..<count).filter { reads[$0].contains(artifact) || writes[$0].contains(artifact) }
            nets.append(pins)
            netWeights.append(Double(weights[artifact]))
        }
        var instanceApart = apart
        if let irreversible {
            for artifact in reads[irreversible] {
                for writer in 0..<count where writes[writer].contains(artifact) && writer != irreversible { instanceApart.append([writer, irreversible]) }
            }
        }
        var instance = BruteForce.Instance(weights: loads.map(Double.init), nets: nets, netWeights: netWeights, capacity: Double(budget))
        instance.together = together
        instance.apart = instanceApart
        instance.alone = gate.map { [$0] } ?? []
        instance.blockCount = modules
        for artifact in 0..<artifactCount {
            for writer in 0..<count where writes[writer].contains(artifact) {
                for reader in 0..<count where reads[reader].contains(artifact) && reader != writer { instance.edges.append([writer, reader]) }
            }
        }
        return (lines.joined(separator: "\n") + "\n", instance, modules)
    }

    /// A planted spec: `blocks` groups of `size` concerns, each group tied by a heavy artifact
    /// shared by all its members (weight 20) and a ring of artifacts (weight 10); group i hands one
    /// light artifact (weight 1) to group i+1. Any other partition within the budget costs more.
    static func plantedSpec(blocks: Int, size: Int) -> (text: String, groups: [[String]], cost: Double) {
        var lines = ["seams: 1", "name: planted", "budget: { attention: \(size) }", "artifacts:"]
        var concerns: [String: (reads: [String], writes: [String])] = [:]
        var groups: [[String]] = []
        func id(_ block: Int, _ member: Int) -> String { "b\(block)-c\(member)" }
        for block in 0..<blocks {
            groups.append((0..<size).map { id(block, $0) })
            lines.append("  core\(block): { weight: 20 }")
            for member in 0..<size {
                concerns[id(block, member), default: ([], [])].reads.append("core\(block)")
                lines.append("  ring\(block)-\(member): { weight: 10 }")
                concerns[id(block, member), default: ([], [])].writes.append("ring\(block)-\(member)")
                concerns[id(block, (member + 1) % size), default: ([], [])].reads.append("ring\(block)-\(member)")
            }
            concerns[id(block, 0), default: ([], [])].writes.append("core\(block)")
            if block + 1 < blocks {
                lines.append("  hand\(block): { weight: 1 }")
                concerns[id(block, size - 1), default: ([], [])].writes.append("hand\(block)")
                concerns[id(block + 1, 0), default: ([], [])].reads.append("hand\(block)")
            }
        }
        lines.append("concerns:")
        for block in 0..<blocks {
            for member in 0..<size {
                let entry = concerns[id(block, member)] ?? ([], [])
                lines.append("  \(id(block, member)): { reads: [\(entry.reads.joined(separator: ", "))], writes: [\(entry.writes.joined(separator: ", "))], load: 1 }")
            }
        }
        return (lines.joined(separator: "\n") + "\n", groups, Double(blocks - 1))
    }

    static func plan(_ text: String, file: String = "spec.yaml", options: Architect.Options = Architect.Options()) throws -> Plan {
        let document = try DocumentLoader().load(text: text, file: file)
        return try Architect.plan(spec: document, analyzer: analyzer, options: options)
    }

    /// Block labels per concern index, from a plan's modules.
    static func labels(_ plan: Plan, concernCount: Int) -> [Int] {
        var labels = [Int](repeating: -1, count: concernCount)
        for (number, module) in plan.document.modules.values.enumerated() {
            for concern in module.concerns {
                if let index = Int(concern.value.dropFirst()) { labels[index] = number }
            }
        }
        return labels
    }
}
