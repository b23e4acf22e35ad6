import Foundation
public import SeamsModel

/// The one entry point from a path to a `Document`: a `seams: 1` document, or an agent
/// framework's project folder or file, detected from its files or forced with `from`.
///
/// Every location in the result points at the line in the framework's own file, so findings send
/// people to where they would fix them. Fields Seams does not read are warnings in
/// `Document.warnings`, never errors.
public enum FrameworkImport {
    /// Loads `path` as `from`, or as whatever its files show it to be.
    /// `allowsUnplacedConcerns`: see `DocumentLoader.allowsUnplacedConcerns` (documents only).
    public static func load(path: String, from: Framework? = nil, limits: LoadLimits = .standard,
                            allowsUnplacedConcerns: Bool = false) throws(DocumentError) -> Document {
        let framework: Framework
        if let from { framework = from } else { framework = try detect(path: path, limits: limits) }
        switch framework {
        case .seams:
            if ProjectFiles.isDirectory(path) { throw notRecognised(path) }
            return try DocumentLoader(limits: limits, allowsUnplacedConcerns: allowsUnplacedConcerns).load(path: path)
        case .crewai: return try CrewAIImporter.load(path: path, limits: limits)
        case .adk: return try ADKImporter.load(path: path, limits: limits)
        case .agentFramework: return try AgentFrameworkImporter.load(path: path, limits: limits)
        case .autogen: return try AutoGenImporter.load(path: path, limits: limits)
        case .langgraph: return try LangGraphImporter.load(path: path, limits: limits)
        case .openaiAgents: return try OpenAIAgentsImporter.load(path: path, limits: limits)
        }
    }

    /// Which format a path holds, from file names and a first look at the content.
    public static func detect(path: String, limits: LoadLimits = .standard) throws(DocumentError) -> Framework {
        if ProjectFiles.isDirectory(path) {
            let files = ProjectFiles(root: path)
            if !files.ending(with: "config/tasks.yaml").isEmpty || !files.ending(with: "config/agents.yaml").isEmpty
                || files.relativePaths.contains(where: { ["crew.json", "crew.jsonc"].contains(($0 as NSString).lastPathComponent) }) {
                return .crewai
            }
            if !files.ending(with: "root_agent.yaml").isEmpty { return .adk }
            // Crews built in plain Python and Python flows have no YAML to recognise.
            for relative in files.withExtension("py") {
                guard let text = ProjectFiles.text(at: files.path(relative), limits: limits) else { continue }
                if text.contains("from crewai") || text.contains("import crewai") { return .crewai }
            }
            for relative in files.relativePaths where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") || relative.hasSuffix(".json") {
                guard let text = ProjectFiles.text(at: files.path(relative), limits: limits) else { continue }
                if let framework = detect(text: text, name: (relative as NSString).lastPathComponent), framework != .seams {
                    return framework
                }
            }
            if !files.ending(with: "langgraph.json").isEmpty { return .langgraph }
            for relative in files.withExtension("py") {
                guard let text = ProjectFiles.text(at: files.path(relative), limits: limits) else { continue }
                if let framework = detectPython(text) { return framework }
            }
            throw notRecognised(path)
        }
        let name = (path as NSString).lastPathComponent
        if ["agents.yaml", "tasks.yaml"].contains(name) { return .crewai }
        guard let text = ProjectFiles.text(at: path, limits: limits) else {
            // Let the document loader report the missing or unreadable file.
            return .seams
        }
        return detect(text: text, name: name) ?? .seams
    }

    private static func detect(text: String, name: String) -> Framework? {
        let head = String(text.prefix(4_096))
        if name.hasSuffix(".py") {
            // A crew's Python file stands for its project (the folder holding config/).
            if text.contains("CrewBase") || text.contains("from crewai") { return .crewai }
            return detectPython(text)
        }
        if head.contains("crewai.flow/v1") || name == "crew.json" || name == "crew.jsonc" { return .crewai }
        if head.range(of: #"(?m)^seams\s*:"#, options: .regularExpression) != nil { return .seams }
        if head.range(of: #"(?m)^agent_class\s*:"#, options: .regularExpression) != nil || name == "root_agent.yaml" { return .adk }
        if head.range(of: #"(?m)^kind\s*:\s*(Prompt|Workflow|AdaptiveDialog|GptComponentMetadata)\b"#, options: .regularExpression) != nil {
            return .agentFramework
        }
        if head.contains("\"component_type\"") && head.contains("\"provider\"") { return .autogen }
        return nil
    }

    /// LangGraph or the Agents SDK, from a Python file's imports.
    private static func detectPython(_ text: String) -> Framework? {
        if text.range(of: #"(?m)^\s*(from|import)\s+langgraph(_supervisor|_swarm)?\b"#, options: .regularExpression) != nil { return .langgraph }
        if text.range(of: #"(?m)^\s*from\s+agents(\.[A-Za-z_.]+)?\s+import\b"#, options: .regularExpression) != nil { return .openaiAgents }
        return nil
    }

    private static func notRecognised(_ path: String) -> DocumentError {
        DocumentError([Diagnostic(id: "import.unknown-format", location: SourceLocation(file: path, line: 1, column: 1),
                                  message: "no Seams document or agent-framework definition recognised here",
                                  fix: "name a seams: 1 document, or a CrewAI, ADK, Agent Framework, AutoGen, LangGraph or OpenAI Agents SDK project, or pass --from crewai|adk|agent-framework|autogen|langgraph|openai-agents")])
    }
}
