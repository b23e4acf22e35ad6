import Foundation
import SeamsModel

/// Imports Google ADK agent-config YAML: `root_agent.yaml` and the agents its `sub_agents` name.
///
/// LLM agents are modules. What crosses between them follows ADK's rules: a parent hands the
/// conversation to its sub-agents, which may transfer back and to their peers unless
/// `disallow_transfer_to_parent` / `disallow_transfer_to_peers` say otherwise; in a
/// SequentialAgent or LoopAgent every later agent sees the session's history unless
/// `include_contents: none`; an `{output_key}` in an instruction is an explicit handoff through
/// state, typed when the producer has an `output_schema` defined in the project.
enum ADKImporter {
    static let agentKeys: Set<String> = [
        "agent_class", "name", "description", "model", "instruction", "global_instruction", "static_instruction",
        "sub_agents", "output_key", "output_schema", "input_schema", "include_contents", "disallow_transfer_to_parent",
        "disallow_transfer_to_peers", "tools", "before_agent_callbacks", "after_agent_callbacks",
        "before_model_callbacks", "after_model_callbacks", "before_tool_callbacks", "after_tool_callbacks",
        "generate_content_config", "max_iterations", "planner", "code_executor",
        // GraphAgent
        "start_node", "end_nodes", "nodes", "edges", "checkpointing", "interrupt_config", "parallel_groups",
    ]

    /// One agent of the tree, as read.
    final class Agent {
        let name: String
        let agentClass: String
        let node: SourceNode
        let location: SourceLocation
        var children: [Agent] = []
        /// A sub-agent given as Python (`code:`); Seams sees only its name.
        let isCode: Bool

        init(name: String, agentClass: String, node: SourceNode, location: SourceLocation, isCode: Bool = false) {
            self.name = name
            self.agentClass = agentClass
            self.node = node
            self.location = location
            self.isCode = isCode
        }

        var isWorkflow: Bool { ["SequentialAgent", "ParallelAgent", "LoopAgent"].contains(agentClass) }
        var outputKey: String? { node.text("output_key")?.value }
        var includesContents: Bool { node.text("include_contents")?.value.lowercased() != "none" }

        /// The LLM agents of this subtree (the modules).
        var leaves: [Agent] { isWorkflow ? children.flatMap(\.leaves) : [self] }
        /// The agents that receive control first.
        var entries: [Agent] {
            switch agentClass {
            case "SequentialAgent", "LoopAgent": children.first?.entries ?? []
            case "ParallelAgent": children.flatMap(\.entries)
            default: [self]
            }
        }

        /// State keys an instruction reads: `{key}` or `{key?}`, not `{artifact.x}`.
        var templatedKeys: Set<String> {
            guard let instruction = node.text("instruction")?.value else { return [] }
            return Set(instruction.matches(of: /\{([A-Za-z_]\w*)\??\}/).map { String($0.1) })
        }
    }

    static func load(path: String, limits: LoadLimits) throws(DocumentError) -> Document {
        var rootPath = path
        if ProjectFiles.isDirectory(path) {
            let files = ProjectFiles(root: path)
            let candidates = files.ending(with: "root_agent.yaml").sorted { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
            guard let first = candidates.first else {
                throw DocumentError([Diagnostic(id: "import.not-found", location: SourceLocation(file: path, line: 1, column: 1),
                                                message: "no root_agent.yaml in this folder",
                                                fix: "point at an ADK agent folder or its root_agent.yaml")])
            }
            rootPath = files.path(first)
        }
        var builder = ImportBuilder()
        var models = PydanticModels()
        let projectDirectory = (rootPath as NSString).deletingLastPathComponent
        let files = ProjectFiles(root: projectDirectory.isEmpty ? "." : projectDirectory)
        for relative in files.withExtension("py") {
            guard let text = ProjectFiles.text(at: files.path(relative), limits: limits) else { continue }
            models.scan(PythonText(text: text, file: files.path(relative)))
        }
        var visiting: [String] = []
        var budget = maxAgentFiles
        let root = try readAgent(path: rootPath, limits: limits, visiting: &visiting, budget: &budget, into: &builder)
        addModules(root, models: models, into: &builder)
        addHandoffs(root, models: models, into: &builder)
        var byKey: [String: Agent] = [:]
        for agent in allAgents(root) { if let key = agent.outputKey, byKey[key] == nil { byKey[key] = agent } }
        for consumer in allAgents(root) where !consumer.isWorkflow {
            for key in consumer.templatedKeys.sorted() {
                guard let producer = byKey[key], producer.name != consumer.name else { continue }
                builder.handoff(from: producer.name, to: consumer.name, at: consumer.node["instruction"]?.location ?? consumer.location,
                                payload: payload(of: producer, models: models, into: &builder))
            }
        }
        return try builder.build(file: path)
    }

    /// Most agent files one import reads, so a file that names itself twice cannot multiply.
    static let maxAgentFiles = 1_000

    private static func readAgent(path: String, limits: LoadLimits, visiting: inout [String], budget: inout Int,
                                  into builder: inout ImportBuilder) throws(DocumentError) -> Agent {
        budget -= 1
        let node = try SourceReader.read(path: path, limits: limits)
        let name = node.text("name")?.value ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let agentClass = node.text("agent_class")?.value ?? "LlmAgent"
        let agent = Agent(name: name, agentClass: agentClass, node: node, location: node.keyNode("name")?.location ?? node.location)
        builder.warnUnknownKeys(node.entries, known: agentKeys, in: "agent '\(name)'", framework: "ADK")
        visiting.append((path as NSString).standardizingPath)
        defer { visiting.removeLast() }
        let directory = (path as NSString).deletingLastPathComponent
        var subAgents = node["sub_agents"]?.items ?? []
        // GraphAgent: each node is a step running its own sub-agents.
        for graphNode in node["nodes"]?.items ?? [] {
            guard let nodeName = graphNode.text("name") else { continue }
            let step = Agent(name: nodeName.value, agentClass: "GraphNode", node: graphNode, location: nodeName.location)
            for reference in graphNode["sub_agents"]?.items ?? [] {
                if let code = reference.text("code") {
                    builder.warn("adk.code-agent", at: code.location,
                                 "sub-agent '\(code.value)' is defined in Python; Seams sees only the graph node '\(nodeName.value)'",
                                 fix: "describe the agent in YAML (config_path) to score what it hands on")
                }
            }
            agent.children.append(step)
        }
        if agentClass == "GraphAgent" { subAgents = [] }
        for reference in subAgents {
            if let relative = reference.text("config_path") {
                let childPath = relative.value.hasPrefix("/") ? relative.value : (directory as NSString).appendingPathComponent(relative.value)
                guard !visiting.contains((childPath as NSString).standardizingPath), visiting.count < 32, budget > 0 else {
                    builder.warn("adk.cycle", at: relative.location,
                                 "sub-agent '\(relative.value)' is already being read (a cycle), or the tree is deeper than 32 or larger than \(maxAgentFiles) files",
                                 fix: "remove the cyclic reference")
                    continue
                }
                guard FileManager.default.fileExists(atPath: childPath) else {
                    throw DocumentError([Diagnostic(id: "file.missing", location: relative.location,
                                                    message: "sub-agent file '\(relative.value)' does not exist",
                                                    fix: "correct config_path; it is relative to this file")])
                }
                agent.children.append(try readAgent(path: childPath, limits: limits, visiting: &visiting, budget: &budget, into: &builder))
            } else if let code = reference.text("code") {
                let codeName = code.value.split(separator: ".").last.map(String.init) ?? code.value
                builder.warn("adk.code-agent", at: code.location, "sub-agent '\(code.value)' is defined in Python; Seams sees only its name",
                             fix: "describe the agent in YAML (config_path) to score what it hands on")
                agent.children.append(Agent(name: codeName, agentClass: "LlmAgent", node: reference, location: code.location, isCode: true))
            } else {
                builder.warn("import.unknown-field", at: reference.location, "a sub-agent with neither config_path nor code",
                             fix: "give config_path: <file>.yaml")
            }
        }
        return agent
    }

    private static func allAgents(_ agent: Agent) -> [Agent] {
        [agent] + agent.children.flatMap(allAgents)
    }

    private static func addModules(_ agent: Agent, models: PydanticModels, into builder: inout ImportBuilder) {
        if !agent.isWorkflow && agent.agentClass != "GraphAgent" {
            builder.module(agent.name, at: agent.location) { module in
                module.role = agent.node.text("description")
                module.objective = agent.node.text("instruction")
                module.output = agent.node.text("output_schema") ?? agent.node["output_schema"]?.text("name") ?? agent.node.text("output_key")
                let tools = agent.node["tools"]?.items.compactMap { $0.text("name")?.value ?? $0.located?.value } ?? []
                if !tools.isEmpty { module.tools = tools }
                if agent.agentClass == "GraphNode" {
                    let codes = agent.node["sub_agents"]?.items.compactMap { $0.text("code")?.value } ?? []
                    if !codes.isEmpty { module.role = Located("graph node running \(codes.joined(separator: ", "))", at: agent.location) }
                }
            }
        }
        for child in agent.children { addModules(child, models: models, into: &builder) }
    }

    private static func addHandoffs(_ agent: Agent, models: PydanticModels, into builder: inout ImportBuilder) {
        switch agent.agentClass {
        case "SequentialAgent", "LoopAgent":
            var implicitByConsumer: [(Agent, [String])] = []
            for (index, child) in agent.children.enumerated() {
                var earlier = agent.children[..<index].flatMap(\.leaves)
                if agent.agentClass == "LoopAgent" && index == 0 { earlier = agent.children.dropFirst().flatMap(\.leaves) }
                for consumer in child.entries {
                    var implicit: [String] = []
                    for producer in earlier where producer.name != consumer.name {
                        if let key = producer.outputKey, consumer.templatedKeys.contains(key) { continue }
                        guard consumer.includesContents else { continue }
                        builder.handoff(from: producer.name, to: consumer.name, at: consumer.location,
                                        payload: payload(of: producer, models: models, into: &builder), implicit: "adk.implicit-context")
                        implicit.append(producer.name)
                    }
                    if !implicit.isEmpty { implicitByConsumer.append((consumer, implicit)) }
                }
            }
            for (consumer, producers) in implicitByConsumer {
                builder.warnImplicitContext("adk.implicit-context", at: consumer.location, pairs: producers.count,
                             "implicit context (\(producers.count) interface\(producers.count == 1 ? "" : "s")): '\(consumer.name)' reads the session history, so it sees the output of \(producers.joined(separator: ", ")) without naming it",
                             fix: "set `include_contents: none` and read what it needs through `{output_key}` in its instruction")
            }
        case "ParallelAgent":
            break
        case "GraphAgent":
            for edge in agent.node["edges"]?.items ?? [] {
                guard let source = edge.text("source_node"), let target = edge.text("target_node") else { continue }
                builder.handoff(from: source.value, to: target.value, at: source.location, payload: nil) { interface in
                    if let condition = edge.text("condition") { interface.about = Located("when \(condition.value)", at: condition.location) }
                }
            }
        default:
            // An LLM agent hands the conversation to its sub-agents, which may transfer back and to peers.
            let subAgents = agent.children.flatMap(\.entries)
            for child in subAgents {
                builder.handoff(from: agent.name, to: child.name, at: child.location, payload: payload(of: agent, models: models, into: &builder))
            }
            for child in subAgents {
                var implicit: [String] = []
                if child.node.bool("disallow_transfer_to_parent") != true {
                    builder.handoff(from: child.name, to: agent.name, at: child.location,
                                    payload: payload(of: child, models: models, into: &builder), implicit: "adk.implicit-context")
                    implicit.append(agent.name)
                }
                if child.node.bool("disallow_transfer_to_peers") != true {
                    for peer in subAgents where peer.name != child.name {
                        builder.handoff(from: child.name, to: peer.name, at: child.location,
                                        payload: payload(of: child, models: models, into: &builder), implicit: "adk.implicit-context")
                        implicit.append(peer.name)
                    }
                }
                if !implicit.isEmpty {
                    builder.warnImplicitContext("adk.implicit-context", at: child.location, pairs: implicit.count,
                                 "implicit context (\(implicit.count) interface\(implicit.count == 1 ? "" : "s")): '\(child.name)' may transfer the conversation to \(implicit.joined(separator: ", ")), which ADK allows by default",
                                 fix: "set disallow_transfer_to_parent / disallow_transfer_to_peers where a transfer is not wanted")
                }
            }
        }
        for child in agent.children { addHandoffs(child, models: models, into: &builder) }
    }

    /// What an agent hands on: its `output_schema`'s fields when the model is in the project.
    private static func payload(of agent: Agent, models: PydanticModels, into builder: inout ImportBuilder) -> ImportedPayload? {
        guard let schema = agent.node.text("output_schema") ?? agent.node["output_schema"]?.text("name") else { return nil }
        if let fields = models.fields(of: schema.value) {
            return ImportedPayload(payload: .fields(fields), location: models.location(of: schema.value) ?? schema.location)
        }
        builder.warn("adk.schema-unknown", at: schema.location,
                     "output_schema '\(schema.value)' is not a Pydantic model defined in the project; its fields are unknown",
                     fix: "define the model in the project's Python files so Seams can read its fields")
        return nil
    }
}
