/// SplitMix64 with a fixed seed: the only source of variety in the partitioner, so the same
/// input always gives the same plan.
struct DeterministicRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// A permutation of 0..<count (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int] {
        var items = Array(0..<count)
        if count < 2 { return items }
        for index in stride(from: count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
        return items
    }
}
