import Foundation
import SeamsModel

/// Prebuilt multi-agent teams: `create_supervisor([agents], ...)` (langgraph-supervisor) and
/// `create_swarm([agents], default_active_agent=...)` with `create_handoff_tool(agent_name=...)`
/// (langgraph-swarm). Each agent is a module; what crosses a handoff is the shared message list.
enum LangGraphTeams {
    /// Adds every team in the project; returns whether one was found.
    static func add(_ sources: PythonProjectSources, into builder: inout ImportBuilder) -> Bool {
        var agents: [String: PythonExpression] = [:]
        for statement in sources.allStatements {
            if case .assignment(let targets, _, _, let value?, "=", _) = statement, let name = targets.first?.dottedName,
               ["create_react_agent", "create_agent"].contains(value.asCall?.callee.lastName ?? "") {
                agents[name] = value
            }
        }
        var found = false
        for call in sources.allCalls {
            guard let callee = call.asCall?.callee.lastName, callee == "create_supervisor" || callee == "create_swarm" else { continue }
            let members = (call.argument("agents", position: 0)?.elements ?? []).compactMap { member -> (id: String, call: PythonExpression?, location: SourceLocation)? in
                let definition = member.asCall != nil ? member : member.dottedName.flatMap { agents[$0] }
                guard let id = definition?.argument("name")?.stringValue ?? member.dottedName else { return nil }
                return (id, definition, member.location)
            }
            guard !members.isEmpty else { continue }
            found = true
            let messages = ImportedPayload(payload: .fields([messagesField(sources, at: call.location)]), location: call.location)
            let caller = builder.module(LangGraphAssembly.caller, at: call.location) { module in
                module.role = Located("the caller of graph.invoke(...): gives the input messages, reads the answer", at: call.location)
            }
            for member in members {
                builder.module(member.id, at: member.location) { module in module.role = Located("prebuilt agent", at: member.location) }
            }
            if callee == "create_supervisor" {
                let supervisor = call.argument("supervisor_name")?.stringValue ?? "supervisor"
                builder.module(supervisor, at: call.location) { module in module.role = Located("supervisor", at: call.location) }
                builder.handoff(from: caller, to: supervisor, at: call.location, payload: messages)
                for member in members {
                    builder.handoff(from: supervisor, to: member.id, at: member.location, payload: messages)
                    builder.handoff(from: member.id, to: supervisor, at: member.location, payload: messages)
                }
                var answer = messages
                if let format = call.argument("response_format"), let name = format.dottedName {
                    var structured = Field(name: "structured_response", location: format.location)
                    structured.type = .object
                    structured.fields = sources.records.fields(of: name)
                    structured.required = true
                    answer.payload = .fields([messagesField(sources, at: call.location), structured])
                } else {
                    builder.warn("langgraph.agent-output-untyped", at: call.location, "the supervisor team answers only in free-text messages",
                                 fix: "pass create_supervisor(..., response_format=MyAnswer) with a Pydantic model, so the caller reads a typed structured_response")
                }
                builder.handoff(from: supervisor, to: caller, at: call.location, payload: answer)
            } else {
                let start = call.argument("default_active_agent")?.stringValue ?? members[0].id
                builder.handoff(from: caller, to: start, at: call.location, payload: messages)
                for member in members {
                    for tool in handoffTargets(member.call) {
                        builder.handoff(from: member.id, to: tool.value, at: tool.location, payload: messages)
                    }
                    builder.handoff(from: member.id, to: caller, at: member.location, payload: messages)
                }
            }
        }
        return found
    }

    /// `create_handoff_tool(agent_name="Bob")` entries of an agent's tools.
    private static func handoffTargets(_ agent: PythonExpression?) -> [Located<String>] {
        guard let tools = agent?.argument("tools", position: 1)?.elements else { return [] }
        return tools.compactMap { tool in
            guard tool.asCall?.callee.lastName == "create_handoff_tool",
                  let name = tool.argument("agent_name", position: 0)?.stringValue else { return nil }
            return Located(name, at: tool.location)
        }
    }

    private static func messagesField(_ sources: PythonProjectSources, at location: SourceLocation) -> Field {
        var field = sources.records.field(annotation: "list[AnyMessage]", name: "messages", at: location, depth: 0)
        field.required = true
        return field
    }
}
