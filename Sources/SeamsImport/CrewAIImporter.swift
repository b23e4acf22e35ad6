import Foundation
import OrderedCollections
import SeamsModel

/// Imports a CrewAI project as CrewAI runs it: `@CrewBase` classes with their YAML (a crew is the
/// class's `@task` methods, in method order), crews assembled in plain Python, Python flows
/// (`@start`/`@listen`/`@router`), Python glue that feeds one crew's result to another, declarative
/// JSON crews (`crew.jsonc`) and flow YAML (`schema: crewai.flow/v1`). What CrewAI itself would
/// refuse to load (an unknown agent or context, a missing config key, invalid Python) is an error.
enum CrewAIImporter {
    static func load(path: String, limits: LoadLimits) throws(DocumentError) -> Document {
        // A single flow file or JSON crew is read alone; anything else widens to its project.
        let name = (path as NSString).lastPathComponent
        let isSingleFile = !ProjectFiles.isDirectory(path)
            && (["crew.json", "crew.jsonc"].contains(name) || ProjectFiles.text(at: path, limits: limits)?.contains("crewai.flow/v1") == true)
        let root = projectRoot(for: path)
        let files = ProjectFiles(root: root)
        var builder = ImportBuilder()
        let python = CrewProjectPython(files: files, limits: limits, into: &builder)

        var crews: [CrewDefinition] = []
        var crewDirectories: [String] = []
        for relative in files.ending(with: "config/tasks.yaml") + files.ending(with: "config/agents.yaml") {
            let crewDirectory = ((relative as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            if !crewDirectories.contains(crewDirectory) { crewDirectories.append(crewDirectory) }
        }
        if !isSingleFile {
            var claimed: Set<String> = []
            for wiring in python.crewClasses {
                claimed.insert(standard((wiring.directory as NSString).appendingPathComponent(wiring.tasksConfig)))
                claimed.insert(standard((wiring.directory as NSString).appendingPathComponent(wiring.agentsConfig)))
                crews.append(try CrewYAML.classCrew(wiring, limits: limits, into: &builder))
            }
            for directory in crewDirectories.sorted() {
                let tasksPath = standard((files.path(directory) as NSString).appendingPathComponent("config/tasks.yaml"))
                let agentsPath = standard((files.path(directory) as NSString).appendingPathComponent("config/agents.yaml"))
                guard !claimed.contains(tasksPath) && !claimed.contains(agentsPath) else { continue }
                crews.append(try CrewYAML.yamlOnlyCrew(directory, files: files, limits: limits, into: &builder))
            }
            crews += CrewPlainPython.crews(in: python, into: &builder)
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
        let pythonFlows = isSingleFile ? [] : python.flows

        if crews.isEmpty && flows.isEmpty && pythonFlows.isEmpty {
            _ = try builder.build(file: path)  // errors found while looking come first
            throw nothingAnalysed(path)
        }
        CrewVersion.apply(CrewVersion.find(in: files, limits: limits), to: &crews, into: &builder)
        let prefixed = crews.count + flows.count + pythonFlows.count > 1
        var placed = CrewPlacement()
        for crew in crews {
            let prefix = prefixed ? crew.name : nil
            CrewGraph.add(crew, prefix: prefix, models: python.models, into: &builder)
            placed.crews[crew.name] = (crew, prefix)
        }
        for (file, node) in flows {
            CrewFlowImporter.add(node, file: file, models: python.models, into: &builder)
        }
        for flow in pythonFlows {
            CrewFlowPython.add(flow.definition, prefix: prefixed ? flow.definition.name : nil, crews: placed,
                               models: python.models, into: &builder)
        }
        if !isSingleFile {
            CrewGlue.add(python.plainBodies.map(\.statements), crews: placed, models: python.models, into: &builder)
            CrewCaller.add(python.plainBodies.map(\.statements), crews: placed, models: python.models, into: &builder)
            CrewInputs.check(python, crews: placed, into: &builder)
            warnUnwiredFlow(crewDirectories, hasFlow: !flows.isEmpty || !pythonFlows.isEmpty, files: files, into: &builder)
        }
        let document = try builder.build(file: path)
        if document.modules.isEmpty { throw nothingAnalysed(path) }
        return document
    }

    /// Projects made by `crewai create flow` keep their crews under `crews/` and wire them in a
    /// `Flow` class (`main.py`); without it, how the crews hand off to each other is unknown.
    private static func warnUnwiredFlow(_ directories: [String], hasFlow: Bool, files: ProjectFiles, into builder: inout ImportBuilder) {
        guard !hasFlow, let first = directories.sorted().first(where: { $0.hasPrefix("crews/") || $0.contains("/crews/") }) else { return }
        let location = SourceLocation(file: (files.path(first) as NSString).appendingPathComponent("config/tasks.yaml"), line: 1, column: 1)
        builder.warn("crewai.flow-wiring-not-found", at: location,
                     "flow wiring not found: the crews under crews/ are run by a flow, and no Flow class (`class …(Flow[State])` with @start/@listen, usually main.py) is in the project; only each crew's own handoffs are scored, not what the flow passes between them",
                     fix: "include the flow's Python (main.py) in the project folder")
    }

    private static func nothingAnalysed(_ path: String) -> DocumentError {
        DocumentError([Diagnostic(id: "import.not-found", location: SourceLocation(file: path, line: 1, column: 1),
                                  message: "no CrewAI crew or flow Seams can analyse here: looked for config/tasks.yaml with config/agents.yaml, @CrewBase classes with @task methods, Crew(tasks=[...]) calls, Flow classes with @start/@listen methods, crew.jsonc and flow YAML (schema: crewai.flow/v1); nothing is passed that was not read",
                                  fix: "point at the CrewAI project folder, or pass --from with the right framework")])
    }

    static func standard(_ path: String) -> String { (path as NSString).standardizingPath }

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

    static func readJSONC(_ path: String, limits: LoadLimits) throws(DocumentError) -> SourceNode {
        guard let text = ProjectFiles.text(at: path, limits: limits) else {
            return try SourceReader.read(path: path, limits: limits)
        }
        return try SourceReader.parse(Data(JSONCText.plainJSON(text).utf8), file: path, limits: limits)
    }
}

/// Where each crew's modules were placed: its definition and the prefix of its module ids, so
/// flows and glue code can hand off to a crew's first task and from its last.
struct CrewPlacement {
    var crews: [String: (crew: CrewDefinition, prefix: String?)] = [:]

    func id(_ crewName: String, _ taskKey: String) -> String? {
        guard let placed = crews[crewName] else { return nil }
        return placed.prefix.map { "\($0)/\(taskKey)" } ?? taskKey
    }
}
