import OrderedCollections

/// Warnings about `inputs:` entries that contradict the concerns: an input that a concern writes
/// (then it does not come from outside the task) or that no concern reads (a leftover or a typo).
/// Documents without concerns are not checked.
public enum InputUse {
    public static func warnings(_ document: Document) -> [Diagnostic] {
        guard !document.concerns.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        // One pass over the concerns: graph imports declare every net an input (100,000 and more).
        var writersOf: [String: [String]] = [:]
        var read = Set<String>()
        for concern in document.concerns.values {
            for artifact in Set(concern.writes.map(\.value)) { writersOf[artifact, default: []].append(concern.id) }
            for artifact in concern.reads { read.insert(artifact.value) }
        }
        for artifact in document.artifacts.values {
            guard let location = artifact.inputLocation else { continue }
            let writers = writersOf[artifact.id] ?? []
            if !writers.isEmpty {
                diagnostics.append(Diagnostic(id: "input.written", severity: .warning, location: location,
                                              message: "input '\(artifact.id)' is written by \(writers.map { "'\($0)'" }.joined(separator: ", "))",
                                              fix: "remove it from `inputs:` if the task makes it, or stop writing it"))
            }
            if !read.contains(artifact.id) {
                diagnostics.append(Diagnostic(id: "input.unread", severity: .warning, location: location,
                                              message: "input '\(artifact.id)' is read by no concern",
                                              fix: "add it to the `reads:` of the concern that needs it, or remove it from `inputs:`"))
            }
        }
        return diagnostics
    }
}
