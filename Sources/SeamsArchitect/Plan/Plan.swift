public import SeamsModel
public import SeamsAnalyzer
import OrderedCollections

/// What the architect decided: the decomposition document, its score, the workflow order, and
/// how good the partition is known to be.
public struct Plan: Sendable {
    /// The spec plus `modules:` and `interfaces:`; valid input to `seams score`.
    public var document: Document
    /// The decomposition scored by the analyzer (interfaces with their open decisions).
    public var score: DocumentScore
    public var order: WorkflowOrder
    /// The verdict on the spec itself: whether orchestration is worth it.
    public var verdict: Verdict
    /// The attention budget the plan was made for.
    public var budget: Double
    /// The crossing weight: Σ over artifacts of weight × (modules touching it − 1).
    public var cost: Double
    /// Tools held by two or more concerns, with the modules that hold each (least privilege).
    public var toolSpread: [ToolSpread] = []
    /// What the architect minimises: the crossing weight plus `SpecHypergraph.toolSpreadBits` per
    /// extra module holding a shared tool. The bound and optimality are about this figure.
    public var objective: Double { cost + toolSpread.reduce(0) { $0 + $1.bits } }
    /// A proven lower bound on the objective.
    public var lowerBound: Double
    public var isOptimal: Bool
    /// True when the spec stays with one agent (fits one budget, fewer than two signals).
    public var isSingleAgent: Bool
    /// Whether the module count was fixed by `--modules` or `budget.modules`.
    public var fixedModules: Int?
    public var overhead: OrchestrationOverhead
    /// True when `--allow-cycles` dropped the direction of flow from the problem.
    public var allowsCycles: Bool = false
    /// Cycles the spec's own flow forces (concern ids), each kept in one module when it fits.
    public var forcedCycles: [[String]] = []
    /// Forced cycles that could not stay in one module: the only cycles the module graph may have.
    public var splitCycles: [[String]] = []
    /// Concerns recognised as judging others' output, kept apart from their authors.
    public var reviewers: [String] = []
    /// The decisions behind the plan and the alternatives rejected.
    public var record: DecisionRecord?
    /// Set by `seams plan --keep`: the concerns moved to repair the edited plan (empty when nothing broke a rule).
    public var repairs: [RepairMove]?
    /// Set by `seams plan --keep`: the written interfaces added, rewritten or removed, in words.
    public var interfaceChanges: [String] = []
    /// The modules marked `pinned: true`, which `--keep` never changes, in document order.
    public var pinnedModules: [String] { document.modules.values.filter(\.isPinned).map(\.id) }

    /// (objective − bound) / objective, 0 when optimal.
    public var gap: Double { objective > 0 ? max(0, (objective - lowerBound) / objective) : 0 }
}

/// One shared tool and the modules holding it: each module past the first costs
/// `SpecHypergraph.toolSpreadBits` in the objective.
public struct ToolSpread: Sendable, Hashable {
    public var tool: String
    public var modules: [String]
    public var bits: Double { SpecHypergraph.toolSpreadBits * Double(max(0, modules.count - 1)) }
}
