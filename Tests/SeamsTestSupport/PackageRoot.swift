public import Foundation

/// The package's root folder, found from this file's path, so tests read their own fixtures and
/// samples wherever the clone is (never anything beside it).
public enum PackageRoot {
    public static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A path below the root.
    public static func appending(_ relative: String) -> URL { url.appendingPathComponent(relative) }
}
