/// A binary max-heap of (key, vertex, stamp) entries; stale entries are skipped by the caller
/// comparing the stamp. Ties go to the lower vertex, so pops are deterministic.
struct MaxHeap {
    struct Entry {
        var key: Double
        var vertex: Int
        var stamp: Int
    }

    private var items: [Entry] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    @inline(__always) private static func above(_ lhs: Entry, _ rhs: Entry) -> Bool {
        lhs.key > rhs.key || (lhs.key == rhs.key && lhs.vertex < rhs.vertex)
    }

    mutating func push(_ entry: Entry) {
        items.append(entry)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.above(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if items.isEmpty { return top }
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < items.count && Self.above(items[left], items[best]) { best = left }
            if right < items.count && Self.above(items[right], items[best]) { best = right }
            if best == parent { break }
            items.swapAt(parent, best)
            parent = best
        }
        return top
    }
}
