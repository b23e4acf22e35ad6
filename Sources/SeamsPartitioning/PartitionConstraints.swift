/// What a partition must respect besides capacity, in vertex indices.
public struct PartitionConstraints: Sendable, Hashable {
    /// Groups of vertices that must share a block.
    public var together: [[Int]]
    /// Groups of vertices that must all be in different blocks (pairs included).
    public var apart: [[Int]]
    /// Vertices that must be alone in their block (human gates).
    public var alone: [Int]
    /// Directed flow as [producer, consumer] pairs. When non-empty the block graph (block A → block B
    /// when a producer in A feeds a consumer in B) must be acyclic: an orchestrator runs the blocks in
    /// order. Cycles among the vertices themselves are kept in one block, or reported when they cannot be.
    public var precedence: [[Int]]

    public init(together: [[Int]] = [], apart: [[Int]] = [], alone: [Int] = [], precedence: [[Int]] = []) {
        self.together = together
        self.apart = apart
        self.alone = alone
        self.precedence = precedence
    }

    public var isDirected: Bool { !precedence.isEmpty }
}

/// The partitioning problem: a hypergraph, constraints, the most weight one block may hold, and
/// the block count when it is fixed (nil: the partitioner chooses it).
public struct PartitionProblem: Sendable {
    public var hypergraph: Hypergraph
    public var constraints: PartitionConstraints
    public var capacity: Double
    public var blockCount: Int?
    /// Search nodes the exact search may visit; alternatives explored only for a decision record use fewer.
    public var exactNodeBudget = MultilevelPartitioner.exactNodeBudget

    public init(hypergraph: Hypergraph, constraints: PartitionConstraints = PartitionConstraints(), capacity: Double, blockCount: Int? = nil) {
        self.hypergraph = hypergraph
        self.constraints = constraints
        self.capacity = capacity
        self.blockCount = blockCount
    }
}

/// Why a problem has no feasible partition, in vertex indices; callers turn it into located errors.
public enum PartitionInfeasibility: Error, Sendable, Hashable {
    /// Vertices that must share a block weigh more than the capacity.
    case overweight(vertices: [Int], weight: Double)
    /// Two vertices must be together and apart at once.
    case togetherAndApart(Int, Int)
    /// A vertex that must be alone is grouped with others.
    case aloneButTogether(Int)
    /// The fixed block count cannot hold the constraints or the weight.
    case blockCount(given: Int, reason: String)
    /// The heuristic found no assignment within capacity for the fixed block count.
    case noFeasibleAssignment(blockCount: Int)
}

/// A partition and what is known about its quality.
public struct PartitionResult: Sendable, Hashable {
    /// Block of each vertex, numbered 0..<blockCount in order of each block's lowest vertex.
    public var blockOf: [Int]
    public var blockCount: Int
    public var cost: Double
    /// A proven lower bound on the optimum; equal to `cost` when optimal.
    public var lowerBound: Double
    /// True when the cost is proven optimal (exact search finished, or cost meets the bound).
    public var isOptimal: Bool
    /// Search nodes the exact search visited (0 when it did not run).
    public var exactNodes: Int
    /// Cycles of the flow itself (strongly connected groups of vertices, each sorted), which no
    /// partition can break; each is kept in one block when it fits, else listed in `splitCycles`.
    public var forcedCycles: [[Int]] = []
    /// The forced cycles that could not be kept in one block (capacity, a gate, an apart rule):
    /// the block graph has a cycle through them, and only through them.
    public var splitCycles: [[Int]] = []

    /// Slack under which two costs or loads count as equal. Public so a caller comparing costs of
    /// results (the architect's module-count sweep) agrees with the partitioner on what a tie is.
    public static let tolerance = PartitionState.tolerance
}
