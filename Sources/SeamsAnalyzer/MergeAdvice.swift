import SeamsModel
import OrderedCollections

/// The partner an over-staffed module should merge with, chosen so the advice never contradicts
/// the architect: never across an `apart`, a review duty (a reviewer and an author of what it
/// reviews), a gate phase (work before and after one human gate), two irreversible effects with
/// different tools or an irreversible effect and the concern that decides it, a budget overflow,
/// or a cycle through a third module. Partners are tried by the interface weight between the two,
/// heaviest first.
struct MergeAdvice {
    private let document: Document
    private let attention: Double
    private var moduleOf: [String: String] = [:]
    private var concernsOf: [String: [Concern]] = [:]
    /// Module flow: writer module → reader modules (through concerns).
    private var next: [String: Set<String>] = [:]
    /// Per human gate: the concerns before it and after it.
    private var phases: [(gate: String, before: Set<String>, after: Set<String>)] = []
    private var reviewPairs: [(reviewer: String, author: String)] = []
    private var togetherGroup: [String: Int] = [:]

    init(document: Document, modules: OrderedDictionary<String, Module>, attention: Double) {
        self.document = document
        self.attention = attention
        for module in modules.values {
            for concern in module.concerns {
                moduleOf[concern.value] = module.id
                if let found = document.concerns[concern.value] { concernsOf[module.id, default: []].append(found) }
            }
        }
        var writers: [String: [String]] = [:]
        var readers: [String: [String]] = [:]
        for concern in document.concerns.values {
            for write in concern.writes { writers[write.value, default: []].append(concern.id) }
            for read in concern.reads { readers[read.value, default: []].append(concern.id) }
        }
        for (artifact, list) in writers {
            for writer in list {
                for reader in readers[artifact] ?? [] {
                    guard let from = moduleOf[writer], let to = moduleOf[reader], from != to else { continue }
                    next[from, default: []].insert(to)
                }
            }
        }
        func reach(_ start: String, forward: Bool) -> Set<String> {
            var seen: Set<String> = []
            var queue = [start]
            while let concern = queue.popLast() {
                guard let current = document.concerns[concern] else { continue }
                let artifacts = forward ? current.writes : current.reads
                for artifact in artifacts {
                    for other in (forward ? readers : writers)[artifact.value] ?? [] where other != start && seen.insert(other).inserted {
                        queue.append(other)
                    }
                }
            }
            return seen
        }
        for gate in document.concerns.values where gate.isHumanGate {
            phases.append((gate.id, reach(gate.id, forward: false), reach(gate.id, forward: true)))
        }
        for entry in ReviewDuty.authorsByReviewer(in: document) {
            for author in entry.authors { reviewPairs.append((entry.reviewer, author)) }
        }
        for (index, group) in document.constraints.together.enumerated() { for member in group { togetherGroup[member.value] = index } }
    }

    /// The first partner, among `candidates` (heaviest interface first), that a merge may join;
    /// else nil and what forbids the merge with the first candidate.
    func partner(for module: String, candidates: [String]) -> (partner: String?, obstacle: String?) {
        var first: String?
        for candidate in candidates where candidate != module {
            guard let obstacle = obstacle(module, candidate) else { return (candidate, nil) }
            if first == nil { first = "with \(candidate), \(obstacle)" }
        }
        return (nil, first)
    }

    /// Why modules `a` and `b` must not become one, or nil when nothing forbids it.
    func obstacle(_ a: String, _ b: String) -> String? {
        let left = concernsOf[a] ?? []
        let right = concernsOf[b] ?? []
        let both = left + right
        if let gate = both.first(where: \.isHumanGate) { return "\(gate.id) is a human gate, a module of its own" }
        let inA = Set(left.map(\.id))
        let inB = Set(right.map(\.id))
        for group in document.constraints.apart {
            let ids = group.map(\.value)
            if let x = ids.first(where: inA.contains), let y = ids.first(where: inB.contains) { return "\(x) and \(y) are declared apart" }
        }
        for pair in reviewPairs where (inA.contains(pair.reviewer) && inB.contains(pair.author)) || (inB.contains(pair.reviewer) && inA.contains(pair.author)) {
            return "\(pair.reviewer) reviews the work of \(pair.author)"
        }
        let all = inA.union(inB)
        for phase in phases where !phase.before.isDisjoint(with: all) && !phase.after.isDisjoint(with: all) {
            let before = both.first { phase.before.contains($0.id) }?.id ?? ""
            let after = both.first { phase.after.contains($0.id) }?.id ?? ""
            return "it would hold \(before) before and \(after) after the human gate \(phase.gate)"
        }
        let irreversible = both.filter { $0.resolvedEffect == .irreversible }
        for (index, x) in irreversible.enumerated() {
            for y in irreversible[(index + 1)...] where Set(x.tools) != Set(y.tools) && !joined(x.id, y.id) && inA.contains(x.id) != inA.contains(y.id) {
                return "\(x.id) and \(y.id) are irreversible through different tools"
            }
        }
        for effect in irreversible {
            let other = inA.contains(effect.id) ? right : left
            let read = Set(effect.reads.map(\.value))
            if let decider = other.first(where: { $0.writes.contains { read.contains($0.value) } }) {
                return "\(decider.id) decides the irreversible \(effect.id)"
            }
        }
        let load = both.reduce(0) { $0 + $1.load }
        if load > attention + 1e-9 {
            return "load \(NumberText.decimal(load)) would exceed the budget of \(NumberText.decimal(attention))"
        }
        if reaches(a, b) || reaches(b, a) { return "it would close a cycle through another module" }
        return nil
    }

    private func joined(_ x: String, _ y: String) -> Bool {
        guard let group = togetherGroup[x] else { return false }
        return togetherGroup[y] == group
    }

    /// True when `from` reaches `to` through at least one other module.
    private func reaches(_ from: String, _ to: String) -> Bool {
        var seen: Set<String> = [from]
        var queue = (next[from] ?? []).filter { $0 != to }.sorted()
        for module in queue { seen.insert(module) }
        while let module = queue.popLast() {
            for following in next[module] ?? [] {
                if following == to { return true }
                if seen.insert(following).inserted { queue.append(following) }
            }
        }
        return false
    }
}
