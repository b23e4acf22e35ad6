import SeamsModel
import SeamsAnalyzer
import OrderedCollections

/// A planned module's brief in words an agent can follow: the objective says the role (decide,
/// judge, act, produce) in one sentence, and the boundaries say what the module must not do —
/// act before an approval (with the gate condition taken from the gate artifact's `values`),
/// review its own work, change the world beyond its effects, use tools it does not hold.
struct ModuleBrief {
    /// The spec the plan is drawn from.
    let spec: Document
    /// Module name of each concern.
    let moduleOf: [String: String]
    /// Modules writing each artifact, in document order.
    let writers: [String: OrderedSet<String>]
    /// Each reviewer's authors (`ReviewDuty.authorsByReviewer`).
    let authorsOf: [String: [String]]
    /// The first human gate (in document order) writing each artifact: read once, not per module.
    let gateWriting: [String: String]

    init(spec: Document, moduleOf: [String: String], writers: [String: OrderedSet<String>]) {
        self.spec = spec
        self.moduleOf = moduleOf
        self.writers = writers
        var authors: [String: [String]] = [:]
        for entry in ReviewDuty.authorsByReviewer(in: spec) { authors[entry.reviewer] = entry.authors }
        authorsOf = authors
        var gates: [String: String] = [:]
        for concern in spec.concerns.values where concern.isHumanGate {
            for write in concern.writes where gates[write.value] == nil { gates[write.value] = concern.id }
        }
        gateWriting = gates
    }

    /// Positive words a gate's decision field uses to let work proceed.
    static let proceedWords: Set<String> = ["approve", "approved", "accept", "accepted", "pass", "passed", "go", "yes", "ok",
                                            "clear", "cleared", "proceed", "granted", "signed", "authorized", "authorised"]

    /// "refund_approval.decision is approved", from the gate artifact's first field whose `values`
    /// hold a word that lets work proceed; a weaker sentence when the spec declares no such values.
    func gateCondition(_ artifact: String) -> String {
        let fields = spec.artifacts[artifact]?.fields ?? []
        for field in fields {
            let values = field.values ?? []
            let proceed = values.filter { Self.proceedWords.contains($0.lowercased()) }
            if !proceed.isEmpty {
                return "\(artifact).\(field.name) is \(Self.alternatives(proceed, joiner: "or"))"
            }
        }
        if let field = fields.first(where: { !($0.values ?? []).isEmpty }) {
            return "a person has recorded \(artifact).\(field.name) (one of \((field.values ?? []).joined(separator: ", "))) and it allows the work"
        }
        return "a person has written \(artifact) and it allows the work"
    }

    /// One sentence about the module's role.
    func objective(own: [Concern], module: String) -> String {
        let outputs = Self.outputs(own)
        let inputs = self.inputs(own, module: module)
        let given = inputs.isEmpty ? "" : ", given \(Self.alternatives(inputs, joiner: "and"))"
        if let gate = own.first(where: \.isHumanGate) {
            let decided = gate.writes.first.map { artifact -> String in
                let field = (spec.artifacts[artifact.value]?.fields ?? []).first { !($0.values ?? []).isEmpty }
                return field.map { "\(artifact.value).\($0.name) (\(Self.alternatives($0.values ?? [], joiner: "or")))" } ?? artifact.value
            } ?? "\(gate.id)"
            return "Get a person's decision on \(decided)\(given)."
        }
        if own.allSatisfy({ authorsOf[$0.id] != nil }) {
            let reviewed = OrderedSet(own.flatMap { reviewer in
                reviewer.reads.map(\.value).filter { artifact in
                    (authorsOf[reviewer.id] ?? []).contains { spec.concerns[$0]?.writes.contains { $0.value == artifact } == true }
                }
            })
            let verdict = outputs.isEmpty ? "" : " and record the verdict in \(Self.alternatives(outputs, joiner: "and"))"
            return "Judge \(Self.alternatives(Array(reviewed), joiner: "and")) independently of \(Self.modules(authorModules(own)))\(verdict)."
        }
        let acting = own.filter(\.resolvedEffect.changesTheWorld)
        if !acting.isEmpty {
            let tools = Array(Set(acting.flatMap(\.tools))).sorted()
            let through = tools.isEmpty ? "" : " through \(Self.alternatives(tools, joiner: "and"))"
            let effects = acting.map { "\($0.id) (\($0.resolvedEffect.rawValue))" }
            let report = outputs.isEmpty ? "" : ", and report \(Self.alternatives(outputs, joiner: "and"))"
            return "Change the world\(through): \(Self.alternatives(effects, joiner: "and"))\(report)\(given)."
        }
        if outputs.isEmpty { return "Carry out \(Self.alternatives(own.map(\.id), joiner: "and"))\(given)." }
        return "Produce \(Self.alternatives(outputs, joiner: "and"))\(given)."
    }

    /// What the module must not do, one sentence a rule.
    func boundaries(own: [Concern], module: String, tools: [String]) -> String {
        var parts: [String] = ["Do only the work of \(own.map(\.id).joined(separator: ", "))."]
        let inputs = self.inputs(own, module: module)
        if !inputs.isEmpty { parts.append("Take \(inputs.joined(separator: ", ")) as given; do not redo upstream work.") }
        if own.contains(where: \.isHumanGate) { parts.append("Wait for a person's decision; do not decide for them.") }
        // A decision made by a person elsewhere: act only on it, and only when it says so.
        var gates = OrderedSet<String>()
        for concern in own {
            for read in concern.reads where writers[read.value]?.contains(module) != true {
                if gateWriting[read.value] != nil { gates.append(read.value) }
            }
        }
        for artifact in gates {
            let gate = gateWriting[artifact] ?? artifact
            parts.append("Do not act before \(gate)'s decision: proceed only when \(gateCondition(artifact)).")
        }
        // Separation of duties, from both sides.
        let reviewers = own.filter { authorsOf[$0.id] != nil }
        if !reviewers.isEmpty {
            let authors = authorModules(reviewers)
            parts.append(authors.isEmpty ? "Do not review your own work."
                         : "Do not review your own work or rewrite what you judge: it comes from \(Self.modules(authors)).")
        }
        let ownIDs = Set(own.map(\.id))
        var judges = OrderedSet<String>()
        for (reviewer, authors) in authorsOf.sorted(by: { $0.key < $1.key }) where !ownIDs.contains(reviewer) && authors.contains(where: ownIDs.contains) {
            judges.append(moduleOf[reviewer] ?? reviewer)
        }
        if !judges.isEmpty { parts.append("Do not grade your own work: \(Self.modules(Array(judges))) \(judges.count == 1 ? "reviews" : "review") it.") }
        let irreversible = own.filter { $0.resolvedEffect == .irreversible }.map(\.id)
        if !irreversible.isEmpty {
            parts.append("\(irreversible.joined(separator: ", ")) cannot be undone: act only on decided inputs, once.")
        } else if !own.contains(where: \.resolvedEffect.changesTheWorld) {
            parts.append("Change nothing outside this module's outputs.")
        }
        parts.append(tools.isEmpty ? "Use no tools: read and write the artifacts only." : "Use no tool but \(Self.alternatives(tools, joiner: "and")).")
        return parts.joined(separator: " ")
    }

    /// Artifacts the module reads that another module writes (or that come from outside), sorted.
    func inputs(_ own: [Concern], module: String) -> [String] {
        var inputs = Set<String>()
        for concern in own {
            for read in concern.reads where !(writers[read.value]?.contains(module) ?? false) { inputs.insert(read.value) }
        }
        return inputs.sorted()
    }

    /// The modules holding the authors of what these reviewers judge, in document order.
    func authorModules(_ reviewers: [Concern]) -> [String] {
        var modules = OrderedSet<String>()
        for reviewer in reviewers { for author in authorsOf[reviewer.id] ?? [] { modules.append(moduleOf[author] ?? author) } }
        return Array(modules)
    }

    /// What the concerns write, each artifact once, in the order they write it.
    static func outputs(_ own: [Concern]) -> [String] {
        var outputs = OrderedSet<String>()
        for concern in own { for write in concern.writes { outputs.append(write.value) } }
        return Array(outputs)
    }

    /// "a", "a or b", "a, b or c".
    /// Modules named as modules (`the invoice module`, `the a and b modules`): a module is often
    /// named for the artifact it delivers, and a brief must not leave the reader to guess which is meant.
    static func modules(_ names: [String]) -> String {
        "the \(alternatives(names, joiner: "and")) module\(names.count == 1 ? "" : "s")"
    }

    static func alternatives(_ items: [String], joiner: String) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " \(joiner) " + last
    }
}
