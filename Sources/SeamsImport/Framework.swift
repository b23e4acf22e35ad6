/// The definition formats Seams reads: its own documents and six agent frameworks.
public enum Framework: String, Sendable, CaseIterable {
    /// A `seams: 1` document.
    case seams
    /// CrewAI: YAML crews with their Python file, JSON crews, flow YAML.
    case crewai
    /// Google ADK agent-config YAML (`root_agent.yaml` and sub-agents).
    case adk
    /// Microsoft Agent Framework declarative agents (`kind: Prompt`) and workflows (`kind: Workflow`).
    case agentFramework = "agent-framework"
    /// AutoGen AgentChat component JSON (teams).
    case autogen
    /// LangGraph graphs in Python (`StateGraph`, the Functional API), read statically.
    case langgraph
    /// OpenAI Agents SDK agents in Python (`Agent`, handoffs, agents as tools), read statically.
    case openaiAgents = "openai-agents"

    /// The frameworks `--from` accepts (a plain document needs no flag).
    public static var importable: [Framework] { [.crewai, .adk, .agentFramework, .autogen, .langgraph, .openaiAgents] }
}
