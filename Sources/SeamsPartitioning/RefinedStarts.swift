/// Starts already grown and refined on a level the multilevel search did not coarsen, so a start
/// met again costs a lookup instead of a rebalance and an FM run.
///
/// Small problems (the architect's specs: up to a few dozen concern groups) are never coarsened,
/// so every run partitions the same level from seeded orders, and many orders grow the same start
/// (on the samples, 108 starts per partitioning hold 2 to 100 distinct ones). Refinement is a
/// function of the start, so a remembered result is exactly the one a new run would reach.
struct RefinedStarts {
    private var refined: [[Int]: PartitionState] = [:]

    /// The refined state for `start` on `level`, computed by `refine` the first time.
    mutating func state(for start: [Int], blockCount: Int, on level: Level, capacity: Double,
                        refine: (inout PartitionState) -> Void) -> PartitionState {
        let key = start + [blockCount]
        if let known = refined[key] { return known }
        var state = PartitionState(level: level, blockOf: start, blockCount: blockCount, capacity: capacity)
        refine(&state)
        refined[key] = state
        return state
    }
}
