public import Foundation

/// A fresh folder under the temporary directory for one test, with the files the test writes
/// into it; the test removes it (`remove()`, usually in a `defer`).
public struct TemporaryFolder: Sendable {
    public let url: URL
    public var path: String { url.path }

    /// Creates `seams-NAME-UUID` and writes `files` (relative path → text) into it, making the
    /// folders they need.
    public init(_ name: String, files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("seams-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (relative, text) in files { try write(text, to: relative) }
    }

    /// A path below the folder.
    public func appending(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Writes `text` at `relative`, making the folders it needs; returns its URL.
    @discardableResult
    public func write(_ text: String, to relative: String) throws -> URL {
        let file = appending(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
