import Foundation
import SeamsModel

/// Imports a CrewAI project: YAML crews (`config/agents.yaml`, `config/tasks.yaml` and the crew's
/// Python file, read statically), declarative JSON crews (`crew.jsonc`) and flow YAML
/// (`schema: crewai.flow/v1`). Several crews in one project are prefixed with their crew's name.
enum CrewAIImporter {
    static func load(path: String, limits: LoadLimits) throws(DocumentError) -> Document {
        // A single flow file or JSON crew is read alone; anything else widens to its project.
        let name = (path as NSString).lastPathComponent
        let isSingleFile = !ProjectFiles.isDirectory(path)
            && (["crew.json", "crew.jsonc"].contains(name) || ProjectFiles.text(at: path, limits: limits)?.contains("crewai.flow/v1") == true)
        let root = projectRoot(for: path)
        let files = ProjectFiles(root: root)
        var builder = ImportBuilder()

        var models = PydanticModels()
        for relative in files.withExtension("py") {
            guard let text = ProjectFiles.text(at: files.path(relative), limits: limits) else { continue }
            models.scan(PythonText(text: text, file: files.path(relative)))
        }

        var crews: [CrewDefinition] = []
        var crewDirectories: [String] = []
        for relative in files.ending(with: "config/tasks.yaml") + files.ending(with: "config/agents.yaml") {
            let crewDirectory = ((relative as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            if !crewDirectories.contains(crewDirectory) { crewDirectories.append(crewDirectory) }
        }
        if isSingleFile { crewDirectories = [] }
        for directory in crewDirectories.sorted() {
            crews.append(try yamlCrew(directory, files: files, limits: limits, into: &builder))
        }
        for relative in files.relativePaths where ["crew.json", "crew.jsonc"].contains((relative as NSString).lastPathComponent)
            && (!isSingleFile || files.path(relative) == path || relative == name) {
            crews.append(try jsonCrew(relative, files: files, limits: limits, into: &builder))
        }
        var flows: [(String, SourceNode)] = []
        for relative in files.relativePaths where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
            let full = files.path(relative)
            if isSingleFile && full != path && relative != name { continue }
            guard let text = ProjectFiles.text(at: full, limits: limits), text.contains("crewai.flow/v1") else { continue }
            let node = try SourceReader.read(path: full, limits: limits)
            if node["schema"]?.scalarText == "crewai.flow/v1" { flows.append((full, node)) }
        }

        if crews.isEmpty && flows.isEmpty {
            throw DocumentError([Diagnostic(id: "import.not-found", location: SourceLocation(file: path, line: 1, column: 1),
                                            message: "no CrewAI crew here: no config/tasks.yaml, crew.jsonc or flow YAML (schema: crewai.flow/v1)",
                                            fix: "point at the CrewAI project folder, or pass --from with the right framework")])
        }
        let prefixed = crews.count + flows.count > 1
        for crew in crews {
            CrewGraph.add(crew, prefix: prefixed ? crew.name : nil, models: models, into: &builder)
        }
        for (file, node) in flows {
            CrewFlowImporter.add(node, file: file, models: models, into: &builder)
        }
        return builder.build(file: path)
    }

    /// A path inside a project (a `tasks.yaml`, a `config` folder) widened to the project folder.
    static func projectRoot(for path: String) -> String {
        guard !ProjectFiles.isDirectory(path) else { return path }
        let name = (path as NSString).lastPathComponent
        let parent = (path as NSString).deletingLastPathComponent
        if name == "agents.yaml" || name == "tasks.yaml" {
            let crewDirectory = (parent as NSString).deletingLastPathComponent
            return crewDirectory.isEmpty ? "." : crewDirectory
        }
        return parent.isEmpty ? "." : parent
    }

    private static func yamlCrew(_ directory: String, files: ProjectFiles, limits: LoadLimits,
                                 into builder: inout ImportBuilder) throws(DocumentError) -> CrewDefinition {
        let crewPath = files.path(directory)
        let name = directory.isEmpty ? (files.root as NSString).lastPathComponent : (directory as NSString).lastPathComponent
        let agentsPath = (crewPath as NSString).appendingPathComponent("config/agents.yaml")
        let tasksPath = (crewPath as NSString).appendingPathComponent("config/tasks.yaml")
        var crew = CrewDefinition(name: name, location: SourceLocation(file: tasksPath, line: 1, column: 1))
        if FileManager.default.fileExists(atPath: agentsPath) {
            let agents = try SourceReader.read(path: agentsPath, limits: limits)
            warnUnlessMapping(agents, what: "agents.yaml", into: &builder)
            for entry in agents.entries {
                guard let key = entry.key.scalarText else { continue }
                crew.agents.append(CrewDefinition.agent(key: key, at: entry.key.location, node: entry.value, into: &builder))
            }
        }
        if FileManager.default.fileExists(atPath: tasksPath) {
            let tasks = try SourceReader.read(path: tasksPath, limits: limits)
            warnUnlessMapping(tasks, what: "tasks.yaml", into: &builder)
            for entry in tasks.entries {
                guard let key = entry.key.scalarText else { continue }
                crew.tasks.append(CrewDefinition.task(key: key, at: entry.key.location, node: entry.value, into: &builder))
            }
        } else {
            builder.warn("crewai.no-tasks", at: SourceLocation(file: agentsPath, line: 1, column: 1),
                         "the crew has agents but no config/tasks.yaml; without tasks there are no handoffs to score",
                         fix: "add config/tasks.yaml")
        }
        // The crew's Python file sits beside config/ (crew.py by convention).
        let prefix = directory.isEmpty ? "" : directory + "/"
        for relative in files.withExtension("py") where relative.hasPrefix(prefix) && !relative.dropFirst(prefix.count).contains("/") {
            let full = files.path(relative)
            guard let text = ProjectFiles.text(at: full, limits: limits) else { continue }
            let wiring = CrewPythonWiring.scan(PythonText(text: text, file: full))
            if !wiring.isEmpty { crew.apply(wiring, into: &builder) }
        }
        return crew
    }

    private static func jsonCrew(_ relative: String, files: ProjectFiles, limits: LoadLimits,
                                 into builder: inout ImportBuilder) throws(DocumentError) -> CrewDefinition {
        let full = files.path(relative)
        let node = try readJSONC(full, limits: limits)
        let directory = (full as NSString).deletingLastPathComponent
        let name = node.text("name")?.value ?? (directory as NSString).lastPathComponent
        var crew = CrewDefinition(name: name, location: node.location)
        builder.warnUnknownKeys(node.entries, known: ["name", "agents", "tasks", "process", "verbose", "memory", "planning",
                                                      "planning_llm", "manager_llm", "manager_agent", "chat_llm", "inputs",
                                                      "function_calling_llm", "max_rpm", "cache", "knowledge_sources", "embedder",
                                                      "output_log_file", "stream", "tracing", "security_config",
                                                      "before_kickoff_callbacks", "after_kickoff_callbacks"],
                                in: "the crew", framework: "CrewAI")
        for agentName in node.strings("agents") {
            let candidates = ["agents/\(agentName.value).jsonc", "agents/\(agentName.value).json"].map { (directory as NSString).appendingPathComponent($0) }
            guard let agentPath = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                builder.warn("crewai.agent-missing", at: agentName.location, "agent '\(agentName.value)' has no agents/\(agentName.value).jsonc",
                             fix: "add the agent file beside crew.jsonc")
                crew.agents.append(CrewDefinition.Agent(key: agentName.value, location: agentName.location))
                continue
            }
            let agent = try readJSONC(agentPath, limits: limits)
            crew.agents.append(CrewDefinition.agent(key: agentName.value, at: agent.location, node: agent, into: &builder))
        }
        for item in node["tasks"]?.items ?? [] {
            guard let key = item.text("name") else { continue }
            crew.tasks.append(CrewDefinition.task(key: key.value, at: key.location, node: item, into: &builder))
        }
        if node.text("process")?.value == "hierarchical" { crew.hierarchical = node["process"]?.location }
        return crew
    }

    private static func warnUnlessMapping(_ node: SourceNode, what: String, into builder: inout ImportBuilder) {
        guard !node.isMapping else { return }
        builder.warn("crewai.shape", at: node.location, "\(what) should map each name to its settings, found \(node.kindName); Seams reads nothing from it",
                     fix: "write one `name:` entry per agent or task, as `crewai create crew` does")
    }

    static func readJSONC(_ path: String, limits: LoadLimits) throws(DocumentError) -> SourceNode {
        guard let text = ProjectFiles.text(at: path, limits: limits) else {
            return try SourceReader.read(path: path, limits: limits)
        }
        return try SourceReader.parse(Data(JSONCText.plainJSON(text).utf8), file: path, limits: limits)
    }
}
