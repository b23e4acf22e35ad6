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
    static let maxDirectories = 2_000
    static let maxDepth = 12

    init(root: String) {
        self.root = root
        var walk = Walk(top: (root as NSString).resolvingSymlinksInPath)
        walk.visit(root, relative: "", depth: 0)
        relativePaths = walk.found.sorted()
    }

    /// A bounded walk: each directory is entered once, however many symbolic links lead to it (a
    /// link to itself or to a parent would otherwise repeat the tree until the depth limit), and a
    /// link that leads out of the project is not followed.
    private struct Walk {
        let top: String
        var found: [String] = []
        var visited: Set<String> = []

        mutating func visit(_ directory: String, relative: String, depth: Int) {
            guard depth <= ProjectFiles.maxDepth, found.count < ProjectFiles.maxFiles, visited.count < ProjectFiles.maxDirectories,
                  visited.insert(Self.identity(of: directory)).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
            for name in names.sorted() where !name.hasPrefix(".") && !ProjectFiles.skipped.contains(name) {
                let path = (directory as NSString).appendingPathComponent(name)
                let relativePath = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    let resolved = (path as NSString).resolvingSymlinksInPath
                    guard resolved == top || resolved.hasPrefix(top == "/" ? "/" : top + "/") else { continue }
                    visit(path, relative: relativePath, depth: depth + 1)
                } else if found.count < ProjectFiles.maxFiles {
                    found.append(relativePath)
                }
            }
        }

        /// The device and inode of a directory (its identity through any symbolic link), or its resolved path.
        static func identity(of directory: String) -> String {
            let resolved = (directory as NSString).resolvingSymlinksInPath
            if let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
               let device = attributes[.systemNumber], let inode = attributes[.systemFileNumber] {
                return "\(device):\(inode)"
            }
            return resolved
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
