import Foundation
import OrderedCollections
import SeamsModel

/// Imports AutoGen AgentChat component JSON (a team, or a single agent).
///
/// Participants are modules, plus `user`, who gives the task and receives the team's messages
/// (the termination condition is that handoff's completion criterion). In a group chat every
/// message is published to every participant: each ordered pair is an interface, implicit except
/// the round-robin turn order and a Swarm's declared `handoffs`; a SelectorGroupChat or
/// Magentic-One team adds its `orchestrator`, which reads the thread and picks each speaker. A `FunctionTool`'s Python
/// signature types the arguments an agent hands its tool.
enum AutoGenImporter {
    static let componentKeys: Set<String> = ["provider", "component_type", "version", "component_version", "description", "label", "config"]
    static let teamKeys: Set<String> = ["participants", "termination_condition", "emit_team_events", "max_turns", "model_client",
                                        "selector_prompt", "allow_repeated_speaker", "selector_func", "candidate_func",
                                        "max_selector_attempts", "model_client_streaming", "custom_message_types", "max_stalls",
                                        "final_answer_prompt", "runtime", "name", "description"]
    static let agentKeys: Set<String> = ["name", "model_client", "tools", "workbench", "handoffs", "model_context", "description",
                                         "system_message", "model_client_stream", "reflect_on_tool_use", "tool_call_summary_format",
                                         "max_tool_iterations", "metadata", "memory", "output_content_type",
                                         "output_content_type_format", "structured_message_factory", "input_func", "code_executor",
                                         "sources", "produced_message_types"]

    static func load(path: String, limits: LoadLimits) throws(DocumentError) -> Document {
        var filePath = path
        if ProjectFiles.isDirectory(path) {
            let files = ProjectFiles(root: path)
            guard let first = files.withExtension("json").first(where: {
                ProjectFiles.text(at: files.path($0), limits: limits)?.contains("\"component_type\"") == true
            }) else {
                throw DocumentError([Diagnostic(id: "import.not-found", location: SourceLocation(file: path, line: 1, column: 1),
                                                message: "no AutoGen component JSON in this folder", fix: "name the team's .json file")])
            }
            filePath = files.path(first)
        }
        let root = try SourceReader.read(path: filePath, limits: limits)
        var builder = ImportBuilder()
        builder.warnUnknownKeys(root.entries, known: componentKeys, in: "the component", framework: "AutoGen")
        let config = root["config"] ?? SourceNode(.mapping([]), at: root.location)
        let provider = root.text("provider")?.value ?? ""
        let kind = provider.split(separator: ".").last.map(String.init) ?? provider

        var participants: [SourceNode] = []
        var termination: SourceNode?
        switch root.text("component_type")?.value {
        case "team":
            builder.warnUnknownKeys(config.entries, known: teamKeys, in: "the team", framework: "AutoGen")
            participants = config["participants"]?.items ?? []
            termination = config["termination_condition"].flatMap { $0.isMapping ? $0 : nil }
        case "agent":
            participants = [root]
        default:
            throw DocumentError([Diagnostic(id: "import.unknown-format", location: root["component_type"]?.location ?? root.location,
                                            message: "Seams reads AutoGen components of type team or agent",
                                            fix: "export the team with `team.dump_component()`")])
        }

        let user = builder.module("user", at: root.location) { module in
            module.role = Located("whoever runs the team: gives the task, reads the messages", at: root.location)
        }
        var names: [String] = []
        var configs: [SourceNode] = []
        for participant in participants {
            let agentConfig = participant["config"] ?? participant
            builder.warnUnknownKeys(participant.entries, known: componentKeys, in: "a participant", framework: "AutoGen")
            builder.warnUnknownKeys(agentConfig.entries, known: agentKeys, in: "a participant's config", framework: "AutoGen")
            guard let name = agentConfig.text("name") else {
                builder.warn("autogen.participant", at: participant.location, "a participant without a `config.name`; Seams skips it",
                             fix: "export the team with `team.dump_component()`")
                continue
            }
            let tools = toolComponents(of: agentConfig)
            let id = builder.module(name.value == user ? "agent:user" : name.value, at: name.location) { module in
                module.role = agentConfig.text("description")
                module.objective = agentConfig.text("system_message")
                let toolNames = tools.compactMap { $0["config"]?.text("name")?.value }
                if !toolNames.isEmpty { module.tools = toolNames }
            }
            names.append(id)
            configs.append(agentConfig)
            if let structured = agentConfig.text("output_content_type") {
                builder.warn("autogen.structured-output", at: structured.location,
                             "output_content_type is a Python class; Seams cannot read its fields", fix: "nothing to do")
            }
            for tool in tools { addTool(tool, agent: id, into: &builder) }
        }
        guard let first = names.first else {
            builder.warn("autogen.no-participants", at: config.location, "the team has no participants", fix: "add participants")
            return try builder.build(file: path)
        }

        builder.handoff(from: user, to: first, at: builder.modules[first]?.location ?? root.location, payload: nil)
        let done = termination.map { Located(describe(termination: $0, depth: 0), at: $0.location) }
        for name in names {
            builder.handoff(from: name, to: user, at: builder.modules[name]?.location ?? root.location, payload: nil) { interface in
                interface.done = done
            }
        }

        // Declared handoffs (Swarm) and turn order (round robin) are explicit.
        for (index, agentConfig) in configs.enumerated() {
            for handoff in agentConfig["handoffs"]?.items ?? [] {
                guard let target = handoff.located ?? handoff.text("target") else { continue }
                guard builder.hasModule(target.value) else {
                    builder.warn("autogen.handoff-unknown", at: target.location,
                                 "'\(names[index])' hands off to '\(target.value)', which is no participant of the team",
                                 fix: "name a participant, or add the target to the team")
                    continue
                }
                builder.handoff(from: names[index], to: target.value, at: target.location, payload: nil) { interface in
                    if let message = handoff.text("message") { interface.about = message }
                }
            }
        }
        if kind == "RoundRobinGroupChat" && names.count > 1 {
            for (index, name) in names.enumerated() {
                builder.handoff(from: name, to: names[(index + 1) % names.count], at: builder.modules[name]?.location ?? root.location, payload: nil)
            }
        }
        // A selector or Magentic-One orchestrator picks each speaker and briefs it: a module both ways.
        if ["SelectorGroupChat", "MagenticOneGroupChat"].contains(kind) {
            let location = root["provider"]?.location ?? root.location
            let orchestrator = builder.module(names.contains("orchestrator") ? "team:orchestrator" : "orchestrator", at: location) { module in
                module.role = Located("\(kind)'s speaker selection (model-driven)", at: location)
                module.objective = config.text("selector_prompt")
            }
            for name in names {
                builder.handoff(from: orchestrator, to: name, at: location, payload: nil)
                builder.handoff(from: name, to: orchestrator, at: builder.modules[name]?.location ?? location, payload: nil)
            }
        }
        // Every message is published to every participant.
        if names.count > 1 {
            for (index, consumer) in names.enumerated() {
                let successor = kind == "RoundRobinGroupChat" ? names[(index + names.count - 1) % names.count] : nil
                let producers = names.filter { producer in
                    producer != consumer && producer != successor
                        && builder.handoff(from: producer, to: consumer, at: builder.modules[consumer]?.location ?? root.location,
                                           payload: nil, implicit: "autogen.implicit-context")
                }
                guard !producers.isEmpty else { continue }
                builder.warnImplicitContext("autogen.implicit-context", at: builder.modules[consumer]?.location ?? root.location, pairs: producers.count,
                             "implicit context (\(producers.count) interface\(producers.count == 1 ? "" : "s")): in a \(kind) every message is published to every participant, so '\(consumer)' reads \(producers.joined(separator: ", "))",
                             fix: "nothing to change in the team; close what each message carries by describing it in the agents' system messages")
            }
        }
        return try builder.build(file: path)
    }

    private static func toolComponents(of agentConfig: SourceNode) -> [SourceNode] {
        var tools = agentConfig["tools"]?.items ?? []
        for workbench in agentConfig["workbench"]?.items ?? [] {
            tools += workbench["config"]?["tools"]?.items ?? []
        }
        if let single = agentConfig["workbench"], single.isMapping { tools += single["config"]?["tools"]?.items ?? [] }
        return tools
    }

    /// A function tool is a module; the agent hands it the arguments of its Python signature.
    private static func addTool(_ tool: SourceNode, agent: String, into builder: inout ImportBuilder) {
        guard let config = tool["config"], let name = config.text("name") else { return }
        let id = builder.module("tool:\(name.value)", at: name.location) { module in
            module.role = config.text("description")
        }
        guard let source = config.text("source_code"),
              let signature = source.value.firstMatch(of: /def\s+\w+\s*\(([^)]*)\)/) else {
            builder.handoff(from: agent, to: id, at: name.location, payload: nil)
            return
        }
        let python = PydanticModels()
        var fields: [Field] = []
        for parameter in signature.1.split(separator: ",") {
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let declaration = (parts.first ?? "").split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let parameterName = (declaration.first ?? "").trimmed
            guard !parameterName.isEmpty, parameterName != "self", !parameterName.hasPrefix("*") else { continue }
            var field = declaration.count > 1
                ? python.field(annotation: String(declaration[1]), name: parameterName, at: source.location, depth: 0)
                : Field(name: parameterName, location: source.location)
            if field.required == nil { field.required = parts.count == 1 }
            fields.append(field)
        }
        builder.handoff(from: agent, to: id, at: name.location, payload: ImportedPayload(payload: .fields(fields), location: source.location))
    }

    /// A termination condition in words: the team's completion criterion.
    private static func describe(termination: SourceNode, depth: Int) -> String {
        let provider = termination.text("provider")?.value.split(separator: ".").last.map(String.init) ?? "termination"
        let config = termination["config"]
        guard depth < 8 else { return provider }
        switch provider {
        case "OrTerminationCondition", "AndTerminationCondition":
            let parts = (config?["conditions"]?.items ?? []).map { describe(termination: $0, depth: depth + 1) }
            return parts.joined(separator: provider.hasPrefix("Or") ? " or " : " and ")
        case "TextMentionTermination":
            return "the text '\(config?.text("text")?.value ?? "")' is mentioned"
        case "MaxMessageTermination":
            return "\(config?.text("max_messages")?.value ?? "?") messages are exchanged"
        case "HandoffTermination":
            return "a handoff to \(config?.text("target")?.value ?? "?")"
        case "StopMessageTermination":
            return "a stop message is sent"
        case "TimeoutTermination":
            return "\(config?.text("timeout_seconds")?.value ?? "?") seconds pass"
        case "TokenUsageTermination":
            return "\(config?.text("max_total_token")?.value ?? "?") tokens are used"
        case "SourceMatchTermination":
            return "one of \(config?.strings("sources").map(\.value).joined(separator: ", ") ?? "") speaks"
        default:
            return termination.text("label")?.value ?? provider
        }
    }
}
