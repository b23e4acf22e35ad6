import Foundation
import SeamsModel

/// Imports Microsoft Agent Framework declarative YAML.
///
/// A `kind: Prompt` agent is a module that hands its answer to a `caller` module (typed by
/// `outputSchema`; the caller's input is an interface when `inputSchema` types it) and its
/// arguments to each function tool (typed by the tool's `parameters`).
/// A `kind: Workflow` makes each invoked agent a module, plus `user` for questions and messages
/// and `workflow` for the runtime's own steps; agents invoked on one shared conversation see
/// every earlier agent's messages (implicit context), and a variable written by one module and
/// read by another is a typed handoff.
enum AgentFrameworkImporter {
    static let topKeys: Set<String> = ["kind", "name", "description", "instructions", "model", "tools", "outputSchema",
                                       "inputSchema", "trigger", "id", "metadata", "template", "beginDialog", "actions"]
    static let actionKinds: Set<String> = [
        "SetVariable", "SetTextVariable", "SetMultipleVariables", "Question", "ConditionGroup", "SendActivity", "GotoAction",
        "InvokeAzureAgent", "InvokeAgent", "EndConversation", "EndDialog", "Foreach", "BreakLoop", "ContinueLoop",
        "ClearAllVariables", "ResetVariable", "ParseValue", "EditTable", "EditTableV2", "CreateConversation",
        "AddConversationMessage", "CopyConversationMessages", "RetrieveConversationMessage", "RetrieveConversationMessages",
    ]

    static func load(path: String, limits: LoadLimits) throws(DocumentError) -> Document {
        var filePath = path
        if ProjectFiles.isDirectory(path) {
            let files = ProjectFiles(root: path)
            guard let first = files.relativePaths.first(where: { relative in
                (relative.hasSuffix(".yaml") || relative.hasSuffix(".yml"))
                    && (ProjectFiles.text(at: files.path(relative), limits: limits)?.range(of: #"(?m)^kind\s*:\s*(Prompt|Workflow)"#, options: .regularExpression) != nil)
            }) else {
                throw DocumentError([Diagnostic(id: "import.not-found", location: SourceLocation(file: path, line: 1, column: 1),
                                                message: "no Agent Framework YAML (kind: Prompt or kind: Workflow) in this folder",
                                                fix: "name the agent or workflow file")])
            }
            filePath = files.path(first)
        }
        let node = try SourceReader.read(path: filePath, limits: limits)
        var builder = ImportBuilder()
        builder.warnUnknownKeys(node.entries, known: topKeys, in: "the definition", framework: "Agent Framework")
        switch node.text("kind")?.value {
        case "Prompt": addPrompt(node, file: filePath, into: &builder)
        case "Workflow": addWorkflow(node, into: &builder)
        default:
            throw DocumentError([Diagnostic(id: "import.unknown-format", location: node["kind"]?.location ?? node.location,
                                            message: "Agent Framework definitions Seams reads have `kind: Prompt` or `kind: Workflow`",
                                            fix: "name a declarative agent or workflow file")])
        }
        return try builder.build(file: path)
    }

    private static func addPrompt(_ node: SourceNode, file: String, into builder: inout ImportBuilder) {
        let name = node.text("name")?.value ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let location = node.keyNode("name")?.location ?? node.location
        let tools = node["tools"]?.items ?? []
        let agent = builder.module(name, at: location) { module in
            module.role = node.text("description")
            module.objective = node.text("instructions")
            if let schema = node.keyNode("outputSchema") { module.output = Located("outputSchema", at: schema.location) }
            let names = tools.compactMap { $0.text("name")?.value }
            if !names.isEmpty { module.tools = names }
        }
        let caller = builder.module("caller", at: location) { module in
            module.role = Located("whoever invokes the agent and reads its answer", at: location)
        }
        let output = node["outputSchema"].map { schema in
            ImportedPayload(payload: .fields(SchemaFields.fields(schema: schema)), location: node.keyNode("outputSchema")?.location ?? schema.location)
        }
        builder.handoff(from: agent, to: caller, at: location, payload: output)
        // What the caller hands in is typed only when `inputSchema` says so.
        if let schema = node["inputSchema"] {
            builder.handoff(from: caller, to: agent, at: node.keyNode("inputSchema")?.location ?? schema.location,
                            payload: ImportedPayload(payload: .fields(SchemaFields.fields(schema: schema)),
                                                     location: node.keyNode("inputSchema")?.location ?? schema.location))
        }
        for tool in tools {
            guard let toolName = tool.text("name") else { continue }
            let toolID = builder.module(toolName.value == caller || toolName.value == agent ? "tool:\(toolName.value)" : toolName.value,
                                        at: toolName.location) { module in
                module.role = tool.text("description")
            }
            let parameters = tool["parameters"].map { schema in
                ImportedPayload(payload: .fields(SchemaFields.fields(schema: schema)), location: tool.keyNode("parameters")?.location ?? schema.location)
            }
            builder.handoff(from: agent, to: toolID, at: toolName.location, payload: parameters)
        }
    }

    /// One step of a workflow that a module performs, in document order.
    private struct Step {
        var module: String
        var node: SourceNode
    }

    private static func addWorkflow(_ node: SourceNode, into builder: inout ImportBuilder) {
        var actions: [SourceNode] = []
        collectActions(node["trigger"]?["actions"] ?? node["actions"] ?? node["beginDialog"]?["actions"] ?? SourceNode(.sequence([]), at: node.location),
                       into: &actions, depth: 0)
        var steps: [Step] = []
        var conversations: [(agent: String, conversation: String?, location: SourceLocation)] = []
        for action in actions {
            guard let kind = action.text("kind") else { continue }
            if !actionKinds.contains(kind.value) {
                builder.warn("import.unknown-field", at: kind.location, "Agent Framework action kind '\(kind.value)' is not read by Seams",
                             fix: "nothing to do if it moves no data between agents")
            }
            let module: String
            switch kind.value {
            case "InvokeAzureAgent", "InvokeAgent":
                let agentName = action["agent"]?.text("name") ?? action.text("agent") ?? kind
                module = builder.module(agentName.value, at: agentName.location) { module in
                    module.role = Located("agent invoked by the workflow (defined elsewhere)", at: agentName.location)
                }
                conversations.append((module, action.text("conversationId")?.value, agentName.location))
            case "Question", "SendActivity":
                module = builder.module("user", at: kind.location) { module in
                    module.role = Located("the person in the conversation", at: kind.location)
                }
                if kind.value == "Question" {
                    var concern = Concern(id: "answer \(action.text("id")?.value ?? "question")", location: kind.location)
                    concern.gate = Located(.human, at: kind.location)
                    concern.does = action["prompt"].flatMap { $0.text("text") ?? $0["text"]?.items.first?.located }
                    builder.concern(concern, in: module)
                }
            default:
                module = builder.module("workflow", at: kind.location) { module in
                    module.role = Located("the workflow runtime's own steps (variables, conditions)", at: kind.location)
                }
            }
            steps.append(Step(module: module, node: action))
        }

        // A shared conversation: every later agent on it sees every earlier agent's messages.
        for (index, consumer) in conversations.enumerated() {
            guard let conversation = consumer.conversation else { continue }
            let earlier = conversations[..<index].filter { $0.conversation == conversation && $0.agent != consumer.agent }
            guard !earlier.isEmpty else { continue }
            for producer in earlier {
                builder.handoff(from: producer.agent, to: consumer.agent, at: consumer.location, payload: nil, implicit: "agent-framework.implicit-context")
            }
            builder.warnImplicitContext("agent-framework.implicit-context", at: consumer.location, pairs: earlier.count,
                         "implicit context (\(earlier.count) interface\(earlier.count == 1 ? "" : "s")): '\(consumer.agent)' runs on the shared conversation \(conversation), so it sees the messages of \(earlier.map(\.agent).joined(separator: ", "))",
                         fix: "give the agent its own conversation and pass what it needs as input")
        }

        // Variables: written by one module, read by another.
        var writers: [String: (module: String, field: Field)] = [:]
        for step in steps {
            for read in variablesRead(by: step.node) {
                guard let writer = writers[read.value], writer.module != step.module else { continue }
                builder.handoff(from: writer.module, to: step.module, at: read.location,
                                payload: ImportedPayload(payload: .fields([writer.field]), location: writer.field.location))
            }
            for written in variablesWritten(by: step.node) {
                writers[written.name] = (step.module, written)
            }
        }
    }

    private static func collectActions(_ list: SourceNode, into actions: inout [SourceNode], depth: Int) {
        guard depth < 16 else { return }
        for action in list.items {
            actions.append(action)
            for key in ["actions", "elseActions"] {
                if let nested = action[key] { collectActions(nested, into: &actions, depth: depth + 1) }
            }
            for condition in action["conditions"]?.items ?? [] {
                if let nested = condition["actions"] { collectActions(nested, into: &actions, depth: depth + 1) }
            }
        }
    }

    private static func variablesWritten(by action: SourceNode) -> [Field] {
        var fields: [Field] = []
        func add(_ name: Located<String>?, type: FieldType?) {
            guard let name else { return }
            var field = Field(name: name.value.trimmingCharacters(in: CharacterSet(charactersIn: "=")), location: name.location)
            field.type = type
            fields.append(field)
        }
        switch action.text("kind")?.value {
        case "SetVariable", "SetTextVariable":
            let value = action.text("value")?.value ?? ""
            add(action.text("variable"), type: action.text("kind")?.value == "SetTextVariable" || value.hasSuffix(".Text") ? .string : nil)
        case "Question":
            let entity = action["entity"]?.text("kind")?.value ?? ""
            let type: FieldType? = entity.hasPrefix("String") ? .string : entity.hasPrefix("Number") ? .number
                : entity.hasPrefix("Boolean") ? .boolean : nil
            add(action.text("property") ?? action.text("variable"), type: type)
        case "InvokeAzureAgent", "InvokeAgent":
            for key in ["messages", "responseObject"] { add(action["output"]?.text(key), type: key == "messages" ? .array : nil) }
        default: break
        }
        return fields
    }

    /// `Local.X` / `Global.X` names mentioned anywhere in an action's own values.
    private static func variablesRead(by action: SourceNode) -> [Located<String>] {
        var found: [Located<String>] = []
        var seen: Set<String> = []
        var stack: [SourceNode] = []
        for entry in action.entries where !["actions", "elseActions", "variable", "property"].contains(entry.key.scalarText ?? "") {
            if entry.key.scalarText == "conditions" {
                stack.append(contentsOf: entry.value.items.compactMap { $0["condition"] })
            } else {
                stack.append(entry.value)
            }
        }
        var visited = 0
        while let node = stack.popLast(), visited < 2_000 {
            visited += 1
            switch node.value {
            case .scalar(let text, _):
                for match in text.matches(of: /\b((?:Local|Global)\.[A-Za-z_]\w*)/) where seen.insert(String(match.1)).inserted {
                    found.append(Located(String(match.1), at: node.location))
                }
            case .mapping(let entries): stack.append(contentsOf: entries.map(\.value))
            case .sequence(let items): stack.append(contentsOf: items)
            }
        }
        return found.sorted { $0.location < $1.location }
    }
}
