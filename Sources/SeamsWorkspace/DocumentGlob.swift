import Foundation
public import SeamsModel

/// Expands the document arguments of `check`: plain paths stay as written; patterns with `*`,
/// `?` or `[…]` (and `**` for any depth) are matched against the file system, so a quoted glob
/// works the same in every shell and CI runner. Results are sorted and de-duplicated.
public enum DocumentGlob {
    /// A pattern that matched nothing, for a located usage error.
    public struct NoMatch: DiagnosticConvertible, Sendable {
        public var pattern: String

        public var diagnostics: [Diagnostic] {
            [Diagnostic(.checkGlob, location: SourceLocation(file: pattern, line: 1, column: 1), message: "no file matches this pattern",
                        fix: "check it, and quote it so the shell leaves it to seams")]
        }
    }

    public static func isPattern(_ argument: String) -> Bool {
        argument.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    public static func expand(_ arguments: [String]) throws(NoMatch) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for argument in arguments {
            let paths = isPattern(argument) ? matches(argument) : [argument]
            if paths.isEmpty { throw NoMatch(pattern: argument) }
            for path in paths where seen.insert(path).inserted { result.append(path) }
        }
        return result
    }

    /// Files matching `pattern`, sorted; hidden files and folders match only when the pattern
    /// component starts with a dot.
    static func matches(_ pattern: String) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var found: [String] = []
        walk(prefix: absolute ? "/" : "", parts: parts[...], into: &found)
        return found.sorted()
    }

    private static func walk(prefix: String, parts: ArraySlice<String>, into found: inout [String]) {
        guard let part = parts.first else {
            var isDirectory: ObjCBool = false
            if !prefix.isEmpty, FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(prefix)
            }
            return
        }
        let rest = parts.dropFirst()
        let directory = prefix.isEmpty ? "." : prefix
        func join(_ name: String) -> String { prefix.isEmpty ? name : (prefix.hasSuffix("/") ? prefix + name : prefix + "/" + name) }
        if part == "**" {
            walk(prefix: prefix, parts: rest, into: &found)
            // Symbolic links to folders are not followed by `**`: a link to a parent would never end.
            for name in children(of: directory) where !name.hasPrefix(".") && FileManager.default.isFolder(atPath: join(name)) && !isSymbolicLink(join(name)) {
                walk(prefix: join(name), parts: parts, into: &found)
            }
            return
        }
        guard isPattern(part) else {
            walk(prefix: join(part), parts: rest, into: &found)
            return
        }
        for name in children(of: directory) where (!name.hasPrefix(".") || part.hasPrefix(".")) && wildcardMatch(Array(part), Array(name)) {
            walk(prefix: join(name), parts: rest, into: &found)
        }
    }

    private static func children(of directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    /// `*` any run, `?` one character, `[abc]`/`[a-z]`/`[!x]` a class.
    static func wildcardMatch(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0, n = 0
        var starP = -1, starN = 0
        while n < name.count {
            if p < pattern.count {
                switch pattern[p] {
                case "*":
                    starP = p
                    starN = n
                    p += 1
                    continue
                case "?":
                    p += 1
                    n += 1
                    continue
                case "[":
                    if let (matched, end) = matchClass(pattern, from: p, name[n]) {
                        if matched {
                            p = end
                            n += 1
                            continue
                        }
                    } else if name[n] == "[" {
                        p += 1
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starN += 1
            n = starN
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Whether `character` is in the class starting at `start`, and the index after the class;
    /// nil when the `[` opens no class.
    private static func matchClass(_ pattern: [Character], from start: Int, _ character: Character) -> (Bool, Int)? {
        var index = start + 1
        var negate = false
        if index < pattern.count && (pattern[index] == "!" || pattern[index] == "^") {
            negate = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.count && (pattern[index] != "]" || first) {
            first = false
            if index + 2 < pattern.count && pattern[index + 1] == "-" && pattern[index + 2] != "]" {
                if pattern[index] <= character && character <= pattern[index + 2] { matched = true }
                index += 3
            } else {
                if pattern[index] == character { matched = true }
                index += 1
            }
        }
        guard index < pattern.count else { return nil }
        return (matched != negate, index + 1)
    }
}
