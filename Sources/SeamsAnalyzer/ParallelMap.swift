import Dispatch
import Foundation
import Synchronization

/// Maps an array on every core in contiguous chunks and returns the results in input order,
/// so parallel scoring stays deterministic.
enum ParallelMap {
    /// Below this many items the threads cost more than they save.
    static let minimumParallelCount = 2_000

    static func map<Element: Sendable, Result: Sendable>(_ items: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, items.count / (minimumParallelCount / 2)))
        guard workers > 1 else { return items.map(transform) }
        let chunkSize = (items.count + workers - 1) / workers
        let chunks = Mutex<[Int: [Result]]>([:])
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (worker * chunkSize)..<min(items.count, (worker + 1) * chunkSize)
            let mapped = items[range].map(transform)
            chunks.withLock { $0[worker] = mapped }
        }
        return chunks.withLock { all in (0..<workers).flatMap { all[$0] ?? [] } }
    }
}
