import Foundation
import SeamsModel

/// The CrewAI version a project runs, from `uv.lock` (exact), `pyproject.toml` or
/// `requirements.txt` (the lower bound of its `crewai` requirement), for the rules that changed
/// between versions. Pre-releases order as PEP 440 says: `1.14.5a1` < `1.14.5a2` < `1.14.5rc1` < `1.14.5`.
struct CrewVersion: Comparable {
    var parts: [Int]
    /// The pre-release phase (dev −1, a 0, b 1, rc 2; a final release 3) and its number.
    var phase = 3
    var phaseNumber = 0
    var text: String
    var location: SourceLocation

    /// From 1.14.5a2 on, the outputs collected before a batch of asynchronous tasks are kept when the
    /// batch is awaited (`task_outputs.extend(...)`); before, the batch's outputs replaced them
    /// (`task_outputs = self._process_async_tasks(...)`). crewAIInc/crewAI pull request #5698,
    /// "preserve task outputs across async batch flush" (fixing issue #4137), merged 2026-05-04 and
    /// released in 1.14.5a2 ("Preserve task outputs across async batch flush" in its notes).
    static let keepsOutputsBeforeAsync = CrewVersion(parts: [1, 14, 5], phase: 0, phaseNumber: 2, text: "1.14.5a2",
                                                     location: SourceLocation(file: "", line: 1, column: 1))

    static func < (lhs: CrewVersion, rhs: CrewVersion) -> Bool {
        for index in 0..<max(lhs.parts.count, rhs.parts.count) {
            let left = index < lhs.parts.count ? lhs.parts[index] : 0
            let right = index < rhs.parts.count ? rhs.parts[index] : 0
            if left != right { return left < right }
        }
        return (lhs.phase, lhs.phaseNumber) < (rhs.phase, rhs.phaseNumber)
    }

    static func == (lhs: CrewVersion, rhs: CrewVersion) -> Bool { !(lhs < rhs) && !(rhs < lhs) }

    /// Sets the rule each crew is read with and says which: the project's version when it pins one;
    /// otherwise, when a crew has asynchronous tasks (the only place the rule matters), the older rule,
    /// with a note asking for the pin.
    static func apply(_ version: CrewVersion?, to crews: inout [CrewDefinition], into builder: inout ImportBuilder) {
        let boundary = keepsOutputsBeforeAsync.text
        guard let version else {
            let asynchronous = crews.lazy.flatMap(\.tasks).compactMap(\.asyncExecution).first
            if let asynchronous {
                builder.note("crewai.version", at: asynchronous,
                             "no CrewAI version found (uv.lock, pyproject.toml, requirements.txt): read with the rule of versions before \(boundary), where an awaited asynchronous batch replaces the outputs collected before it; from \(boundary) on they are kept",
                             fix: "pin crewai in pyproject.toml or commit uv.lock, so Seams applies the rules of the version you run")
            }
            return
        }
        let keeps = version >= keepsOutputsBeforeAsync
        for index in crews.indices { crews[index].keepsOutputsBeforeAsync = keeps }
        builder.note("crewai.version", at: version.location,
                     "read with CrewAI \(version.text)'s rules: " + (keeps
                        ? "outputs collected before an asynchronous batch are kept when it is awaited (from \(boundary) on)"
                        : "an awaited asynchronous batch replaces the outputs collected before it (before \(boundary))"),
                     fix: "nothing to do; Seams follows the version the project pins")
    }

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
                let column = line.distance(from: line.startIndex, to: start.lowerBound) + 1
                if let version = requirement(line[start.upperBound...], at: SourceLocation(file: files.path(relative), line: index + 1, column: column)) {
                    return version
                }
            }
        }
        for relative in byDepth(files.ending(with: "requirements.txt")) {
            guard let text = ProjectFiles.text(at: files.path(relative), limits: limits) else { continue }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.trimmed.hasPrefix("crewai") {
                let column = line.distance(from: line.startIndex, to: line.firstIndex { !$0.isWhitespace } ?? line.startIndex) + 1
                let rest = line.trimmed.dropFirst("crewai".count)
                if let version = requirement(rest, at: SourceLocation(file: files.path(relative), line: index + 1, column: column)) { return version }
            }
        }
        return nil
    }

    /// The version a requirement's specifier pins or starts from: `[tools]>=1.15.0,<2.0.0`, `==1.14.5a2`.
    /// Another package (`crewai-tools`) and upper bounds alone give nil.
    private static func requirement(_ text: Substring, at location: SourceLocation) -> CrewVersion? {
        var rest = text.drop { $0 == " " }
        if rest.hasPrefix("[") { rest = rest.drop { $0 != "]" }.dropFirst() }
        rest = rest.drop { $0 == " " }
        guard rest.hasPrefix(">=") || rest.hasPrefix("==") || rest.hasPrefix("~=") else { return nil }
        let value = String(rest.dropFirst(2).drop { $0 == " " }.prefix { $0.isNumber || $0 == "." || $0.isLetter })
        return parse(value, at: location)
    }

    /// `1.14.5`, `1.14.5a2`, `1.14.5rc1`, `1.14.5.dev3`, `1.14.5.post1` (a post-release orders as its release).
    static func parse(_ text: String, at location: SourceLocation) -> CrewVersion? {
        var parts: [Int] = []
        var phase = 3
        var phaseNumber = 0
        for segment in text.lowercased().split(separator: ".") {
            let digits = segment.prefix { $0.isNumber }
            let suffix = segment.dropFirst(digits.count)
            if !digits.isEmpty && phase == 3 { parts.append(Int(digits) ?? 0) }
            guard !suffix.isEmpty else { continue }
            let label = suffix.prefix { $0.isLetter }
            let number = Int(suffix.dropFirst(label.count)) ?? 0
            switch label {
            case "a", "alpha": (phase, phaseNumber) = (0, number)
            case "b", "beta": (phase, phaseNumber) = (1, number)
            case "rc", "c": (phase, phaseNumber) = (2, number)
            case "dev": if phase == 3 { (phase, phaseNumber) = (-1, number) }
            default: break
            }
        }
        return parts.isEmpty ? nil : CrewVersion(parts: parts, phase: phase, phaseNumber: phaseNumber, text: text, location: location)
    }
}
