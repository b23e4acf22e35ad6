public import Foundation

/// Paths written into baselines and SARIF: relative, with `/`, so they mean the same on every
/// machine and in every checkout.
public enum RelativePath {
    /// `path` as seen from `directory`; both may be relative to the current directory.
    public static func of(_ path: String, from directory: String) -> String {
        let target = components(absolute(path))
        let base = components(absolute(directory))
        var common = 0
        while common < min(target.count, base.count) && target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        let rest = Array(target[common...])
        let joined = (ups + rest).joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    /// An absolute, standardized path (`.` and `..` removed, symbolic links kept).
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).standardizingPath
    }

    /// The root of the git repository that holds the current directory (a `.git` file or
    /// folder), found without running git; the current directory when there is none.
    public static func repositoryRoot(from start: String = FileManager.default.currentDirectoryPath) -> String {
        var directory = absolute(start)
        while true {
            if FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(".git")) { return directory }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { return absolute(start) }
            directory = parent
        }
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}
