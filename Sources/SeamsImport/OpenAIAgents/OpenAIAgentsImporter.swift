import Foundation
import OrderedCollections
import SeamsModel

/// Imports OpenAI Agents SDK agents from Python source, read statically (nothing is run).
///
/// Agents are modules, plus `user`, the caller of `Runner.run(agent, input)`. The user hands the
/// run's input to each starting agent; a handoff is an interface typed by `handoff(..., input_type=)`
/// (otherwise an undeclared payload: the conversation); every agent a run can end at answers the user,
/// typed by its `output_type`; `agent.as_tool()` is a call both ways. Output guardrails close the
/// `done` and `on-error` of the answer, input guardrails the `on-error` of the input.
enum OpenAIAgentsImporter {
    static func load(path: String, limits: LoadLimits) throws(DocumentError) -> Document {
        var builder = ImportBuilder()
        let sources = PythonProjectSources(path: path, package: "agents", limits: limits, into: &builder)
        let agents = OpenAIAgentDefinition.read(sources)
        guard !agents.isEmpty else {
            if !builder.errors.isEmpty { _ = try builder.build(file: path) }
            throw DocumentError([Diagnostic(id: "import.not-found", location: SourceLocation(file: path, line: 1, column: 1),
                                            message: "no OpenAI Agents SDK agent found: looked for Agent(...) assignments in the Python files here",
                                            fix: "name the folder or .py file that defines the agents, or pass --from with the framework it uses")])
        }
        func resolve(_ reference: String) -> OpenAIAgentDefinition? {
            agents[reference] ?? agents.values.first { $0.id == reference }
        }
        for agent in agents.values {
            builder.module(agent.id, at: agent.location) { module in
                module.role = Located("agent \(agent.id)", at: agent.location)
                module.objective = agent.instructions
                module.output = agent.outputType.flatMap { type in type.dottedName.map { Located($0, at: type.location) } }
                let tools = agent.functionTools + agent.agentTools.compactMap { resolve($0.value)?.id }
                if !tools.isEmpty { module.tools = tools }
            }
        }

        var entries: [Located<String>] = []
        for call in sources.allCalls {
            guard case .call(.attribute(let base, let method, _), _, _) = call, base.lastName == "Runner", method.hasPrefix("run"),
                  let agent = call.argument("starting_agent", position: 0)?.dottedName.flatMap(resolve) else { continue }
            if !entries.contains(where: { $0.value == agent.id }) { entries.append(Located(agent.id, at: call.location)) }
        }
        if entries.isEmpty {
            let targets = Set(agents.values.flatMap { $0.handoffs.compactMap { resolve($0.target)?.id } + $0.agentTools.compactMap { resolve($0.value)?.id } })
            entries = agents.values.filter { !targets.contains($0.id) }.map { Located($0.id, at: $0.location) }
            if let first = entries.first {
                builder.warn("openai-agents.entry-missing", at: first.location, "no Runner.run(agent, ...) found; Seams takes \(entries.map(\.value).joined(separator: ", ")) as the starting agent(s)",
                             fix: "run the starting agent with Runner.run(agent, input) in the project, so the entry is explicit")
            }
        }

        let user = builder.module("user", at: entries.first?.location ?? SourceLocation(file: path, line: 1, column: 1)) { module in
            module.role = Located("the caller of Runner.run: gives the input, reads the final output", at: module.location)
        }
        var reachable: [String] = []
        var queue = entries.map(\.value)
        while let next = queue.first {
            queue.removeFirst()
            guard !reachable.contains(next), let agent = resolve(next) else { continue }
            reachable.append(next)
            queue += agent.handoffs.compactMap { resolve($0.target)?.id }
        }
        for entry in entries {
            guard let agent = resolve(entry.value) else { continue }
            var input = Field(name: "input", location: entry.location)
            input.type = .string
            input.required = true
            builder.handoff(from: user, to: agent.id, at: entry.location, payload: ImportedPayload(payload: .fields([input]), location: entry.location)) { interface in
                if !agent.inputGuardrails.isEmpty {
                    interface.onError = Located("InputGuardrailTripwireTriggered (input guardrails: \(agent.inputGuardrails.joined(separator: ", ")))", at: agent.location)
                }
            }
        }
        for agent in agents.values {
            for handoff in agent.handoffs {
                guard let target = resolve(handoff.target) else {
                    builder.warn("openai-agents.unknown-agent", at: handoff.location, "handoff to '\(handoff.target)', which is not an Agent(...) Seams found",
                                 fix: "define the agent with Agent(name=..., ...) in the project's Python files")
                    continue
                }
                var payload: ImportedPayload?
                if let type = handoff.inputType { payload = typed(type, sources: sources) }
                if payload == nil && target.id != agent.id {
                    builder.warn("openai-agents.handoff-untyped", at: handoff.location,
                                 "handoff from '\(agent.id)' to '\(target.id)' passes only the conversation: what '\(target.id)' needs from it is undeclared",
                                 fix: "declare it: handoff(\(handoff.target), input_type=MyHandoffData) with a Pydantic model")
                }
                builder.handoff(from: agent.id, to: target.id, at: handoff.location, payload: payload)
            }
            for tool in agent.agentTools {
                guard let target = resolve(tool.value) else { continue }
                var input = Field(name: "input", location: tool.location)
                input.type = .string
                input.required = true
                builder.handoff(from: agent.id, to: target.id, at: tool.location, payload: ImportedPayload(payload: .fields([input]), location: tool.location))
                answer(target, to: agent.id, at: tool.location, sources: sources, into: &builder)
            }
        }
        for id in reachable {
            guard let agent = resolve(id) else { continue }
            answer(agent, to: user, at: agent.location, sources: sources, into: &builder)
        }
        return try builder.build(file: path)
    }

    /// The agent's final output to whoever ran it: typed by `output_type`, closed by output guardrails.
    private static func answer(_ agent: OpenAIAgentDefinition, to caller: String, at location: SourceLocation,
                               sources: PythonProjectSources, into builder: inout ImportBuilder) {
        let payload = agent.outputType.flatMap { typed($0, sources: sources) }
        if payload == nil, let type = agent.outputType {
            builder.warn("openai-agents.output-unknown", at: type.location, "output_type \(type.dottedName ?? "") of agent '\(agent.id)' is not defined in the project's Python files, so its fields are unknown",
                         fix: "define it in the project as a Pydantic model or dataclass, or describe the payload in a seams: 1 document")
        } else if payload == nil {
            builder.warn("openai-agents.output-untyped", at: agent.location, "agent '\(agent.id)' answers in free text",
                         fix: "type its answer: Agent(..., output_type=MyAnswer) with a Pydantic model or dataclass")
        }
        builder.handoff(from: agent.id, to: caller, at: location, payload: payload) { interface in
            if let type = agent.outputType?.dottedName, interface.done == nil {
                interface.done = Located("schema-valid (output_type \(type))", at: agent.outputType?.location ?? location)
            }
            if !agent.outputGuardrails.isEmpty {
                let names = agent.outputGuardrails.joined(separator: ", ")
                interface.done = Located("output guardrails pass: \(names)", at: agent.location)
                interface.onError = Located("OutputGuardrailTripwireTriggered (output guardrails: \(names))", at: agent.location)
            }
        }
    }

    /// A Pydantic model, dataclass or TypedDict (its fields), or a plain annotation such as `list[str]` (one field).
    private static func typed(_ type: PythonExpression, sources: PythonProjectSources) -> ImportedPayload? {
        guard let name = type.dottedName else { return nil }
        if let fields = sources.records.fields(of: name) { return ImportedPayload(payload: .fields(fields), location: sources.records.record(named: name)?.location ?? type.location) }
        let field = sources.records.field(annotation: name == type.dottedName && type.children.isEmpty ? name : annotationText(type), name: "output", at: type.location, depth: 0)
        guard field.type != nil else { return nil }
        var required = field
        required.required = true
        return ImportedPayload(payload: .fields([required]), location: type.location)
    }

    private static func annotationText(_ type: PythonExpression) -> String {
        switch type {
        case .subscription(let base, let indices, _):
            return "\(annotationText(base))[\(indices.map(annotationText).joined(separator: ","))]"
        default:
            return type.dottedName ?? type.stringValue ?? ""
        }
    }
}
