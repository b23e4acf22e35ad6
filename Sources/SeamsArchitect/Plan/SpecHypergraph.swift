public import SeamsModel
public import SeamsAnalyzer
public import SeamsPartitioning
import OrderedCollections

/// A spec read as a partitioning problem: concerns are vertices weighted by load, artifacts are
/// nets weighted by information (the analyzer's weight, or the artifact's explicit `weight:`),
/// and the rules of the architect become constraints.
public struct SpecHypergraph: Sendable {
    /// Concern ids in document order; vertex `i` is `concernIDs[i]`.
    public let concernIDs: [String]
    public let problem: PartitionProblem

    /// Concerns found to judge other concerns' output (reviewers), in document order.
    public let reviewers: [Int]
    /// Why each group of `problem.constraints.apart` is apart, in words, for the decision record.
    public let apartReasons: [String]
    /// Each tool held by two or more concerns, with its holders (vertices, ascending): a net each
    /// (least privilege). Empty on specs of more than `toolNetConcernLimit` concerns.
    public let toolHolders: [String: [Int]]
    /// The tools of `toolHolders`, sorted by name.
    public var sharedTools: [String] { toolHolders.keys.sorted() }

    /// Bits per extra module holding a shared tool: a module's tool set should not be the union of
    /// unrelated tool sets, so spreading one tool over more agents costs like a small artifact.
    public static let toolSpreadBits = 3.0
    /// Tool nets only on specs of up to this many concerns (they add nets the partitioner must refine).
    public static let toolNetConcernLimit = 200

    /// Builds the problem. Rules: `together` and `apart` as written; a human gate is alone; an
    /// irreversible effect is apart from every concern that writes what it reads; two irreversible
    /// effects with different tools are apart unless a `together` group joins them; a reviewer is
    /// apart from the authors of what it reviews. With `directed` (the default for specs) the flow
    /// writer → reader is part of the problem, so the module graph comes out acyclic.
    public init(document: Document, score: DocumentScore, budget: Double, modules: Int?, directed: Bool = true) {
        let concerns = Array(document.concerns.values)
        concernIDs = concerns.map(\.id)
        var index: [String: Int] = [:]
        for (position, concern) in concerns.enumerated() { index[concern.id] = position }
        var weightOf: [String: Double] = [:]
        for artifact in score.artifacts { weightOf[artifact.id] = artifact.weight }
        var pinsOf: [String: [Int]] = [:]
        var writersOf: [String: [Int]] = [:]
        for (position, concern) in concerns.enumerated() {
            for read in concern.reads { pinsOf[read.value, default: []].append(position) }
            for write in concern.writes {
                pinsOf[write.value, default: []].append(position)
                writersOf[write.value, default: []].append(position)
            }
        }
        var nets: [[Int]] = []
        var netWeights: [Double] = []
        for artifact in document.artifacts.keys {
            guard let pins = pinsOf[artifact] else { continue }
            nets.append(pins)
            netWeights.append(weightOf[artifact] ?? 0)
        }
        var holdersOf: [String: [Int]] = [:]
        if concerns.count <= Self.toolNetConcernLimit {
            for (position, concern) in concerns.enumerated() {
                for tool in Set(concern.tools) { holdersOf[tool, default: []].append(position) }
            }
        }
        toolHolders = holdersOf.filter { $0.value.count >= 2 }
        for tool in toolHolders.keys.sorted() {
            nets.append(toolHolders[tool] ?? [])
            netWeights.append(Self.toolSpreadBits)
        }
        var constraints = PartitionConstraints()
        constraints.together = document.constraints.together.map { $0.compactMap { index[$0.value] } }
        constraints.apart = document.constraints.apart.map { Array(Set($0.compactMap { index[$0.value] })).sorted() }
        var reasons = constraints.apart.map { _ in "declared apart in the spec" }
        constraints.alone = concerns.indices.filter { concerns[$0].isHumanGate }
        for (position, concern) in concerns.enumerated() where concern.resolvedEffect == .irreversible {
            var writers: [Int] = []
            for read in concern.reads { writers.append(contentsOf: writersOf[read.value] ?? []) }
            for writer in Set(writers).sorted() where writer != position && !concerns[writer].isHumanGate {
                constraints.apart.append([writer, position])
                reasons.append("\(concerns[writer].id) decides the irreversible \(concerns[position].id)")
            }
        }
        var readersOf: [String: [Int]] = [:]
        for (position, concern) in concerns.enumerated() {
            for read in concern.reads { readersOf[read.value, default: []].append(position) }
        }
        if directed {
            for artifact in writersOf.keys.sorted() {
                for writer in writersOf[artifact] ?? [] {
                    for reader in readersOf[artifact] ?? [] where reader != writer { constraints.precedence.append([writer, reader]) }
                }
            }
        }
        var togetherGroup = [Int](repeating: -1, count: concerns.count)
        for (group, members) in constraints.together.enumerated() { for member in members { togetherGroup[member] = group } }
        func joined(_ a: Int, _ b: Int) -> Bool { togetherGroup[a] >= 0 && togetherGroup[a] == togetherGroup[b] }
        let irreversible = concerns.indices.filter { concerns[$0].resolvedEffect == .irreversible }
        for (index, a) in irreversible.enumerated() {
            for b in irreversible[(index + 1)...] where Set(concerns[a].tools) != Set(concerns[b].tools) && !joined(a, b) {
                constraints.apart.append([a, b])
                reasons.append("\(concerns[a].id) and \(concerns[b].id) are irreversible through different tools")
            }
        }
        // Separation of duties, as the analyzer reads it (a `together` group overrides it).
        let duties = ReviewDuty.authorsByReviewer(in: document)
        reviewers = duties.compactMap { index[$0.reviewer] }
        for (reviewer, authors) in duties {
            guard let judge = index[reviewer] else { continue }
            for author in authors {
                guard let writer = index[author] else { continue }
                constraints.apart.append([writer, judge])
                reasons.append("\(reviewer) reviews the work of \(author)")
            }
        }
        apartReasons = reasons
        let graph = Hypergraph(vertexWeights: concerns.map(\.load), nets: nets, netWeights: netWeights)
        problem = PartitionProblem(hypergraph: graph, constraints: constraints, capacity: budget, blockCount: modules)
    }

    /// Turns an infeasibility into located errors that say how to fix the spec or the options.
    public func diagnostics(for failure: PartitionInfeasibility, document: Document) -> [Diagnostic] {
        let start = SourceLocation(file: document.file, line: 1, column: 1)
        let concerns = Array(document.concerns.values)
        func location(_ vertex: Int) -> SourceLocation { concerns[vertex].location }
        func togetherLocation(_ vertex: Int) -> SourceLocation {
            for group in document.constraints.together {
                if let entry = group.first(where: { $0.value == concernIDs[vertex] }) { return entry.location }
            }
            return location(vertex)
        }
        switch failure {
        case .overweight(let vertices, let weight):
            let names = vertices.map { "'\(concernIDs[$0])'" }.joined(separator: ", ")
            let subject = vertices.count == 1 ? "concern \(names) has load" : "concerns \(names), which must be together, have load"
            return [Diagnostic(id: "plan.overweight", location: vertices.count == 1 ? location(vertices[0]) : togetherLocation(vertices[0]),
                               message: "\(subject) \(NumberText.decimal(weight)), over the attention budget of \(NumberText.decimal(problem.capacity))",
                               fix: "raise the budget to at least \(NumberText.decimal(weight)) (--budget or budget.attention), or split the work")]
        case .togetherAndApart(let a, let b):
            return [Diagnostic(id: "plan.constraints", location: togetherLocation(a),
                               message: "concerns '\(concernIDs[a])' and '\(concernIDs[b])' must be together, but must also be apart (an apart group, or an irreversible effect and the concern that decides it)",
                               fix: "remove one of the two constraints")]
        case .aloneButTogether(let vertex):
            return [Diagnostic(id: "plan.constraints", location: togetherLocation(vertex),
                               message: "concern '\(concernIDs[vertex])' is a human gate, which is a module of its own, but a together group joins it to others",
                               fix: "take it out of the together group")]
        case .blockCount(let given, let reason):
            return [Diagnostic(id: "plan.modules", location: start, message: "\(given) modules cannot work: \(reason)",
                               fix: "choose another --modules count, or leave it out and let the architect choose")]
        case .noFeasibleAssignment(let count):
            return [Diagnostic(id: "plan.infeasible", location: start,
                               message: "no assignment of the concerns to \(count) modules within the budget of \(NumberText.decimal(problem.capacity)) was found",
                               fix: "raise --budget, or change --modules")]
        }
    }
}
