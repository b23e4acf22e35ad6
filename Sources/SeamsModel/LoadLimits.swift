/// Bounds on what the reader accepts, so a hostile or broken file fails fast with a message
/// instead of exhausting memory or the stack.
public struct LoadLimits: Sendable, Hashable {
    /// Largest file read, in bytes (16 MiB by default).
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and lists.
    public var maxDepth: Int
    /// Most nodes a document may expand to, aliases included; a document without aliases
    /// always has fewer nodes than bytes, so only alias bombs reach it.
    public var maxNodes: Int

    public init(maxFileBytes: Int = 16 << 20, maxDepth: Int = 64, maxNodes: Int? = nil) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes ?? max(100_000, maxFileBytes)
    }

    public static let standard = LoadLimits()
}
