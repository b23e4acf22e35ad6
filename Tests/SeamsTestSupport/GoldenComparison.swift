public import Foundation

/// Compares output with a committed golden file; `RECORD_GOLDEN=1` rewrites it instead.
public enum GoldenComparison {
    /// Nil when `actual` matches `directory/name` (or was just recorded); otherwise why not.
    public static func mismatch(_ actual: String, in directory: URL, named name: String) throws -> String? {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return nil
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        return actual == expected ? nil : "\(name) differs from its golden file; RECORD_GOLDEN=1 swift test rewrites it"
    }
}
