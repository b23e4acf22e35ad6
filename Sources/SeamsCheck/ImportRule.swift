public import SeamsWorkspace
public import SeamsModel
import SeamsAnalyzer

/// What an importer found about how a framework runs a definition, as gate findings: context the
/// framework passes without the definition naming it, wiring Seams could not find, members that
/// never run. They carry no bits (the interfaces they create are scored on their own) but appear in
/// every `check` format, and a project whose orchestration Seams could not read fails the gate.
public enum ImportRule {
    /// The import warnings that become findings, with their default severity.
    public static func severity(of id: String) -> Severity? {
        switch id {
        case "crewai.flow-wiring-not-found": .error
        case "crewai.context-dropped", "crewai.async-no-context", "crewai.task-unused", "crewai.python-not-found",
             "crewai.listen-unknown", "crewai.model-unknown", "crewai.input-missing", "crewai.input-unused",
             "crewai.expected-output-empty", "crewai.output-field-unknown":
            .warning
        case "crewai.raw-over-typed": .note
        default: id.hasSuffix(".implicit-context") ? .warning : nil
        }
    }

    /// Short, full and help text for SARIF rules.
    public static func describe(_ id: String) -> (short: String, full: String, help: String)? {
        guard severity(of: id) != nil else { return nil }
        switch id {
        case "crewai.flow-wiring-not-found":
            return ("The flow that runs these crews was not found.",
                    "The project keeps its crews under crews/ as `crewai create flow` does, and no Flow class (@start/@listen) is in it: what the flow passes between its crews is not scored.",
                    "Include the flow's Python (main.py) in the folder you check.")
        case "crewai.python-not-found":
            return ("No @CrewBase class reads this tasks.yaml.",
                    "Crew membership and order were taken from tasks.yaml entries, as `crewai create crew` writes them.",
                    "Include the crew's Python (crew.py) in the folder you check.")
        case "crewai.task-unused":
            return ("A tasks.yaml entry is no member of its crew.",
                    "No @task method reads this entry, so CrewAI never runs it.",
                    "Add a @task method for it, or delete the entry.")
        default:
            if id.hasSuffix(".implicit-context") {
                return ("Context passed without the definition naming it.",
                        "The framework hands this step outputs the definition never names (a CrewAI task without context receives every earlier output; a shared conversation or group chat shows each message to every member).",
                        "Name what the step needs (CrewAI: context=[...] on the task, or context: [] for nothing).")
            }
            return ("Import finding: \(id).", "Reported by the importer while reading the framework's files.", "See the finding's fix.")
        }
    }

    /// The findings for a document's import warnings.
    public static func findings(_ warnings: [Diagnostic], document: String, settings: CheckSettings) -> [Finding] {
        warnings.compactMap { warning in
            guard let severity = severity(of: warning.id) else { return nil }
            return Finding(document: document, interface: nil, rule: warning.id, subject: warning.message, bits: 0, isLowerBound: false,
                           severity: settings.severity(of: warning.id, default: severity), location: warning.location,
                           message: "\(warning.message) [\(warning.id)]", fix: warning.fix)
        }
    }
}
