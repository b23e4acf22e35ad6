import Foundation
import SeamsModel

/// The CrewAI version a project runs, from `uv.lock` (exact) or `pyproject.toml` (the lower bound
/// of its `crewai` requirement), for the rules that changed between versions.
struct CrewVersion: Comparable {
    var parts: [Int]
    var text: String
    var location: SourceLocation

    /// Since 1.14.5, the outputs collected before a batch of asynchronous tasks are kept when the
    /// batch is awaited; before, the batch's outputs replaced them.
    static let keepsOutputsBeforeAsync = CrewVersion(parts: [1, 14, 5], text: "1.14.5", location: SourceLocation(file: "", line: 1, column: 1))

    static func < (lhs: CrewVersion, rhs: CrewVersion) -> Bool {
        for index in 0..<max(lhs.parts.count, rhs.parts.count) {
            let left = index < lhs.parts.count ? lhs.parts[index] : 0
            let right = index < rhs.parts.count ? rhs.parts[index] : 0
            if left != right { return left < right }
        }
        return false
    }

    static func == (lhs: CrewVersion, rhs: CrewVersion) -> Bool { !(lhs < rhs) && !(rhs < lhs) }

    /// Reads the project's lock file, then its pyproject.toml (shortest paths first).
    static func find(in files: ProjectFiles, limits: LoadLimits) -> CrewVersion? {
        let byDepth = { (paths: [String]) in paths.sorted { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) } }
        for relative in byDepth(files.ending(with: "uv.lock")) {
            guard let text = ProjectFiles.text(at: files.path(relative), limits: limits) else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.trimmed == "name = \"crewai\"" && index + 1 < lines.count {
                let next = lines[index + 1].trimmed
                guard next.hasPrefix("version = \"") else { continue }
                let value = String(next.dropFirst("version = \"".count).prefix { $0 != "\"" })
                if let version = parse(value, at: SourceLocation(file: files.path(relative), line: index + 2, column: 1)) { return version }
            }
        }
        for relative in byDepth(files.ending(with: "pyproject.toml")) {
            guard let text = ProjectFiles.text(at: files.path(relative), limits: limits) else { continue }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // "crewai[tools]>=0.108.0,<1.0.0" or "crewai==0.95.0"
                guard let start = line.range(of: "\"crewai") else { continue }
                let requirement = line[start.upperBound...].drop { $0 == "[" || $0.isLetter || $0 == "]" || $0 == "," }
                guard requirement.hasPrefix(">=") || requirement.hasPrefix("==") || requirement.hasPrefix("~=") else { continue }
                let value = String(requirement.dropFirst(2).prefix { $0.isNumber || $0 == "." })
                let column = line.distance(from: line.startIndex, to: start.lowerBound) + 1
                if let version = parse(value, at: SourceLocation(file: files.path(relative), line: index + 1, column: column)) { return version }
            }
        }
        return nil
    }

    private static func parse(_ text: String, at location: SourceLocation) -> CrewVersion? {
        let parts = text.split(separator: ".").compactMap { Int($0) }
        return parts.isEmpty ? nil : CrewVersion(parts: parts, text: text, location: location)
    }
}
