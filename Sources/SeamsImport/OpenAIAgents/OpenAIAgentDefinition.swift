import Foundation
import OrderedCollections
import SeamsModel

/// One `Agent(...)` of the OpenAI Agents SDK as its constructor describes it (or `other.clone(...)`
/// with overrides, or `agent.handoffs = [...]` later): the handoffs, the agents it uses as tools,
/// its typed output and guardrails.
struct OpenAIAgentDefinition {
    struct Handoff {
        var target: String
        /// `handoff(agent, input_type=Model)`: what the model hands the next agent.
        var inputType: PythonExpression?
        var location: SourceLocation
    }

    var id: String
    var location: SourceLocation
    var instructions: Located<String>?
    var handoffs: [Handoff] = []
    /// `other.as_tool(...)` entries of `tools=`: (agent variable or name, where).
    var agentTools: [Located<String>] = []
    var functionTools: [String] = []
    var outputType: PythonExpression?
    var inputGuardrails: [String] = []
    var outputGuardrails: [String] = []

    /// Every agent in the project, keyed by the variable that holds it (an agent built inline is keyed by its name).
    static func read(_ sources: PythonProjectSources) -> OrderedDictionary<String, OpenAIAgentDefinition> {
        var agents: OrderedDictionary<String, OpenAIAgentDefinition> = [:]
        for statement in sources.allStatements {
            // `agent.handoffs = [...]` after construction (how agents that hand back to each other are wired).
            if case .assignment(let targets, _, _, let value?, "=", _) = statement,
               case .attribute(let base, "handoffs", _)? = targets.first, let variable = base.dottedName, agents[variable] != nil {
                let handoffs = (value.elements ?? []).compactMap { item in handoff(item, into: &agents) }
                agents[variable]?.handoffs = handoffs
                continue
            }
            guard case .assignment(let targets, _, _, let value?, "=", _) = statement, let variable = targets.first?.dottedName,
                  let call = value.asCall else { continue }
            if call.callee.lastName == "Agent" {
                agents[variable] = definition(value, variable: variable, base: nil, into: &agents)
            } else if case .attribute(let base, "clone", _) = call.callee, let original = base.dottedName.flatMap({ agents[$0] }) {
                agents[variable] = definition(value, variable: variable, base: original, into: &agents)
            }
        }
        // Agents built where no variable holds them (returned by a factory function, listed inline).
        for statement in sources.allStatements {
            for call in statement.expressions.flatMap(\.calls) where call.asCall?.callee.lastName == "Agent" {
                guard let name = call.argument("name", position: 0)?.stringValue,
                      !agents.values.contains(where: { $0.id == name }) else { continue }
                agents[name] = definition(call, variable: name, base: nil, into: &agents)
            }
        }
        return agents
    }

    private static func definition(_ call: PythonExpression, variable: String, base: OpenAIAgentDefinition?,
                                   into agents: inout OrderedDictionary<String, OpenAIAgentDefinition>) -> OpenAIAgentDefinition {
        let name = call.argument("name", position: 0)?.stringValue
        var agent = base ?? OpenAIAgentDefinition(id: name ?? variable, location: call.location)
        agent.id = name ?? variable
        agent.location = call.location
        if let instructions = call.argument("instructions")?.stringValue, let at = call.argument("instructions")?.location {
            agent.instructions = Located(instructions, at: at)
        }
        if let handoffs = call.argument("handoffs")?.elements {
            agent.handoffs = handoffs.compactMap { item in handoff(item, into: &agents) }
        }
        if let tools = call.argument("tools")?.elements {
            agent.agentTools = []
            agent.functionTools = []
            for tool in tools {
                if case .call(.attribute(let base, "as_tool", _), _, _) = tool, let reference = base.dottedName {
                    agent.agentTools.append(Located(reference, at: tool.location))
                } else if let name = tool.asCall?.callee.lastName ?? tool.lastName {
                    agent.functionTools.append(name)
                }
            }
        }
        if let output = call.argument("output_type") {
            agent.outputType = output.asCall.flatMap { $0.callee.lastName == "AgentOutputSchema" ? $0.arguments.positional.first : nil } ?? output
        }
        if let guards = call.argument("input_guardrails")?.elements { agent.inputGuardrails = guards.compactMap(guardrailName) }
        if let guards = call.argument("output_guardrails")?.elements { agent.outputGuardrails = guards.compactMap(guardrailName) }
        return agent
    }

    private static func guardrailName(_ expression: PythonExpression) -> String? {
        if let call = expression.asCall {
            return call.arguments.keyword("name")?.value.stringValue ?? call.arguments.keyword("guardrail_function")?.value.lastName ?? call.callee.lastName
        }
        return expression.lastName
    }

    private static func handoff(_ item: PythonExpression, into agents: inout OrderedDictionary<String, OpenAIAgentDefinition>) -> Handoff? {
        if let call = item.asCall, call.callee.lastName == "handoff" {
            guard let target = item.argument("agent", position: 0), let reference = inlineOrReference(target, into: &agents) else { return nil }
            return Handoff(target: reference, inputType: item.argument("input_type"), location: item.location)
        }
        return inlineOrReference(item, into: &agents).map { Handoff(target: $0, inputType: nil, location: item.location) }
    }

    /// A variable naming an agent, or an `Agent(...)` written inline (registered under its name).
    private static func inlineOrReference(_ expression: PythonExpression, into agents: inout OrderedDictionary<String, OpenAIAgentDefinition>) -> String? {
        if let call = expression.asCall, call.callee.lastName == "Agent" {
            let inline = definition(expression, variable: "agent", base: nil, into: &agents)
            if agents[inline.id] == nil { agents[inline.id] = inline }
            return inline.id
        }
        return expression.dottedName
    }
}
