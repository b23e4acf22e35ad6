/// Bounds on what the reader accepts, so a hostile or broken file fails fast with a message
/// instead of exhausting memory or the stack.
public struct LoadLimits: Sendable, Hashable {
    /// Largest file read, in bytes (16 MiB by default).
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and lists.
    public var maxDepth: Int
    /// Most nodes any document may expand to, aliases included. Each file is held to a tighter
    /// bound as well, `nodeBound(forBytes:)`: without aliases a document never has more nodes
    /// than twice its bytes, so only alias bombs reach it, and they stop after a few thousand nodes.
    public var maxNodes: Int

    /// The node limit for a file of `bytes` bytes.
    public func nodeBound(forBytes bytes: Int) -> Int {
        min(maxNodes, max(10_000, 2 * bytes + 16))
    }

    public init(maxFileBytes: Int = 16 << 20, maxDepth: Int = 64, maxNodes: Int? = nil) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes ?? max(100_000, maxFileBytes)
    }

    public static let standard = LoadLimits()
}
