import SeamsModel

/// Names each planned module for the role it plays, not after its first concern: a person's
/// decision is named for what it decides (`refund-approval`), a module that changes the world for
/// the system it acts through (`payments`, `helpdesk`), any other module for its deliverable, the
/// heaviest artifact it hands to another module (`reply-review`, `resolution-proposal`).
/// Deterministic (blocks in order, candidates in a fixed order) and unique: a taken name falls
/// to the next candidate, then to a numbered one.
enum ModuleNaming {
    /// Suffixes that say a tool is a client of a system rather than what the system is.
    static let toolSuffixes = ["_api", "-api", "_service", "-service", "_client", "-client"]

    /// One name per block. `members[b]` are the vertices of block b, `weightOf` the artifact weights.
    static func names(concerns: [Concern], members: [[Int]], weightOf: [String: Double]) -> [String] {
        var blockOf: [String: Int] = [:]
        for (block, vertices) in members.enumerated() { for vertex in vertices { blockOf[concerns[vertex].id] = block } }
        var readersOf: [String: Set<Int>] = [:]
        var actingToolsOf: [String: Set<Int>] = [:]
        for concern in concerns {
            guard let block = blockOf[concern.id] else { continue }
            for read in concern.reads { readersOf[read.value, default: []].insert(block) }
            if concern.resolvedEffect.changesTheWorld { for tool in concern.tools { actingToolsOf[tool, default: []].insert(block) } }
        }
        var taken = Set<String>()
        var names: [String] = []
        for (block, vertices) in members.enumerated() {
            let own = vertices.map { concerns[$0] }
            let candidates = Self.candidates(own: own, block: block, readersOf: readersOf, actingToolsOf: actingToolsOf, weightOf: weightOf)
                .map(slug).filter { !$0.isEmpty }
            var name = candidates.first { !taken.contains($0) }
            if name == nil {
                let base = candidates.first ?? "module"
                var number = 2
                while taken.contains("\(base)-\(number)") { number += 1 }
                name = "\(base)-\(number)"
            }
            let chosen = name ?? "module"
            taken.insert(chosen)
            names.append(chosen)
        }
        return names
    }

    /// Names in order of preference for one block.
    static func candidates(own: [Concern], block: Int, readersOf: [String: Set<Int>], actingToolsOf: [String: Set<Int>],
                           weightOf: [String: Double]) -> [String] {
        var result: [String] = []
        // A person's decision: what it decides.
        for gate in own where gate.isHumanGate { result += gate.writes.map(\.value) }
        // A module that changes the world: the system it alone acts through, the most used first.
        var uses: [String: Int] = [:]
        for concern in own where concern.resolvedEffect.changesTheWorld {
            for tool in concern.tools where actingToolsOf[tool] == [block] { uses[tool, default: 0] += 1 }
        }
        result += uses.keys.sorted { (uses[$1] ?? 0, $0) < (uses[$0] ?? 0, $1) }.map(systemName)
        // Otherwise its deliverables, heaviest first: what other modules read, then what it keeps.
        let written = ModuleBrief.outputs(own)
        func heavier(_ a: String, _ b: String) -> Bool { (weightOf[b] ?? 0, a) < (weightOf[a] ?? 0, b) }
        let handed = written.filter { !(readersOf[$0] ?? []).subtracting([block]).isEmpty }.sorted(by: heavier)
        let kept = written.filter { !handed.contains($0) }.sorted(by: heavier)
        result += handed + kept
        // A module that writes nothing: its concerns, whose ids are verbs and objects.
        result += own.map(\.id)
        return result
    }

    /// True when `name` is one a module holding only `concern` could have had: its decision, a system
    /// it acts through, an artifact it writes, or its id. `seams plan --keep` prefers moving a concern
    /// into the module named for it, so names keep saying what their modules do.
    static func fits(_ concern: Concern, name: String) -> Bool {
        let names = concern.writes.map(\.value) + concern.tools.map(systemName) + [concern.id]
        return names.contains { slug($0) == name }
    }

    /// A tool's system: `payments_api` → `payments`.
    static func systemName(_ tool: String) -> String {
        for suffix in toolSuffixes where tool.count > suffix.count && tool.lowercased().hasSuffix(suffix) {
            return String(tool.dropLast(suffix.count))
        }
        return tool
    }

    /// Lower case, words joined by hyphens: `refund_approval` → `refund-approval`.
    static func slug(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
    }
}
