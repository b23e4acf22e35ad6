import OrderedCollections

/// Finds artifacts that a concern reads but that no concern writes, no written interface carries
/// and `inputs:` does not list: in a spec these are typos (`product_breif`) far more often than
/// intent, and left alone they surface only inside a generated brief.
///
/// Documents without concerns are not checked (their modules' reads are not written down).
public enum UnwrittenReads {
    /// One error per unknown read, at the `reads:` entry, with a did-you-mean over the artifacts
    /// that are written or declared as inputs.
    public static func diagnostics(_ document: Document) -> [Diagnostic] {
        var written = Set(document.concerns.values.flatMap { $0.writes.map(\.value) })
        written.formUnion(document.interfaces.flatMap { $0.carries.map(\.value) })
        let inputs = document.artifacts.values.filter(\.isInput).map(\.id)
        // Suggestions in a stable order: written artifacts as first written, then inputs.
        var candidates: [String] = []
        var seen = Set<String>()
        for concern in document.concerns.values {
            for write in concern.writes where seen.insert(write.value).inserted { candidates.append(write.value) }
        }
        for input in inputs where seen.insert(input).inserted { candidates.append(input) }

        var diagnostics: [Diagnostic] = []
        for concern in document.concerns.values {
            for read in concern.reads where !written.contains(read.value) && document.artifacts[read.value]?.isInput != true {
                let near = NearestName.suggestion(for: read.value, among: candidates.filter { $0 != read.value })
                let message = "concern '\(concern.id)' reads '\(read.value)', which no concern writes and no input declares"
                    + (near.map { "; did you mean '\($0)'?" } ?? "")
                let fix = near.map { "rename it to '\($0)', or list '\(read.value)' under `inputs:` if it comes from outside the task" }
                    ?? "list '\(read.value)' under `inputs:` if it comes from outside the task, or name the concern that writes it"
                diagnostics.append(Diagnostic(id: "artifact.unwritten", location: read.location, message: message, fix: fix))
            }
        }
        return diagnostics
    }
}
