import Foundation
import SeamsModel

/// The files of a project folder, walked once in sorted order, so detection and import are
/// deterministic and bounded (hidden folders, virtual environments and caches are skipped).
struct ProjectFiles {
    /// The folder as the user named it; file paths below are joined onto it for locations.
    let root: String
    /// Paths relative to `root`, sorted.
    let relativePaths: [String]

    static let skipped: Set<String> = ["node_modules", "__pycache__", "venv", "site-packages", "build", "dist"]
    static let maxFiles = 5_000
    static let maxDepth = 12

    init(root: String) {
        self.root = root
        var found: [String] = []
        Self.walk(root, relative: "", depth: 0, into: &found)
        relativePaths = found.sorted()
    }

    private static func walk(_ directory: String, relative: String, depth: Int, into found: inout [String]) {
        guard depth <= maxDepth, found.count < maxFiles,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !name.hasPrefix(".") && !skipped.contains(name) {
            let path = (directory as NSString).appendingPathComponent(name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, relative: relativePath, depth: depth + 1, into: &found)
            } else if found.count < maxFiles {
                found.append(relativePath)
            }
        }
    }

    func path(_ relative: String) -> String {
        relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
    }

    /// Relative paths whose last components are `suffix` (e.g. `config/agents.yaml`).
    func ending(with suffix: String) -> [String] {
        relativePaths.filter { $0 == suffix || $0.hasSuffix("/" + suffix) }
    }

    func withExtension(_ ext: String) -> [String] {
        relativePaths.filter { $0.hasSuffix("." + ext) }
    }

    /// Reads a text file (bounded by `limits`), or nil when it cannot be read.
    static func text(at path: String, limits: LoadLimits) -> String? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
              size <= limits.maxFileBytes,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
