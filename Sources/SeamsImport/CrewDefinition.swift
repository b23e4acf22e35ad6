import SeamsModel

/// One CrewAI crew, whatever it was written in (YAML plus Python, a JSON crew, a flow's inline
/// crew): its agents and its tasks in execution order.
struct CrewDefinition {
    struct Agent {
        var key: String
        var location: SourceLocation
        var role: Located<String>?
        var goal: Located<String>?
        var tools: [String] = []
    }

    struct Task {
        var key: String
        var location: SourceLocation
        var description: Located<String>?
        var expectedOutput: Located<String>?
        var agent: Located<String>?
        /// nil when the task names no context: CrewAI then passes every earlier task's output.
        var context: [Located<String>]?
        var tools: [String] = []
        var humanInput: SourceLocation?
        var asyncExecution: SourceLocation?
        /// The Pydantic class of `output_pydantic` / `output_json`.
        var outputModel: Located<String>?
        var outputKind: String?
        var guardrail: Located<String>?
    }

    /// The crew's name; module ids are prefixed with it when a project has several crews.
    var name: String
    var location: SourceLocation
    var agents: [Agent] = []
    var tasks: [Task] = []
    /// Where `Process.hierarchical` (or `"process": "hierarchical"`) is written.
    var hierarchical: SourceLocation?

    static let agentKeys: Set<String> = [
        "role", "goal", "backstory", "llm", "tools", "allow_delegation", "verbose", "max_iter", "max_rpm",
        "max_execution_time", "memory", "cache", "respect_context_window", "max_retry_limit", "function_calling_llm",
        "reasoning", "max_reasoning_attempts", "multimodal", "allow_code_execution", "code_execution_mode",
        "knowledge_sources", "knowledge_config", "inject_date", "date_format", "system_template", "prompt_template",
        "response_template", "settings", "type", "guardrail", "guardrail_max_retries", "step_callback", "planning",
        "planning_config", "max_tokens", "use_system_prompt", "embedder", "security_config", "name",
    ]

    static let taskKeys: Set<String> = [
        "description", "expected_output", "agent", "context", "tools", "human_input", "async_execution", "output_file",
        "markdown", "guardrail", "guardrails", "guardrail_max_retries", "create_directory", "name", "callback",
        "output_json", "output_pydantic", "response_model", "converter_cls", "config", "security_config", "input_files",
        "type", "condition",
    ]

    /// Reads one agent entry (`agents.yaml` value, a JSON agent file, a flow's inline agent).
    static func agent(key: String, at location: SourceLocation, node: SourceNode, into builder: inout ImportBuilder) -> Agent {
        builder.warnUnknownKeys(node.entries, known: agentKeys, in: "agent '\(key)'", framework: "CrewAI")
        return Agent(key: key, location: location, role: node.text("role"), goal: node.text("goal"),
                     tools: node.strings("tools").map(\.value))
    }

    /// Reads one task entry.
    static func task(key: String, at location: SourceLocation, node: SourceNode, into builder: inout ImportBuilder) -> Task {
        builder.warnUnknownKeys(node.entries, known: taskKeys, in: "task '\(key)'", framework: "CrewAI")
        var task = Task(key: key, location: location, description: node.text("description"),
                        expectedOutput: node.text("expected_output"), agent: node.text("agent"))
        if let context = node["context"], !context.isNull { task.context = node.strings("context") }
        task.tools = node.strings("tools").map(\.value)
        if node.bool("human_input") == true { task.humanInput = node.keyNode("human_input")?.location }
        if node.bool("async_execution") == true { task.asyncExecution = node.keyNode("async_execution")?.location }
        for kind in ["output_pydantic", "output_json"] {
            guard let value = node[kind], !value.isNull else { continue }
            // JSON crews write `{"python": "pkg.models.Report"}`.
            if let reference = value.text("python") ?? value.located {
                task.outputModel = reference
                task.outputKind = kind
            }
        }
        task.guardrail = node.text("guardrail") ?? node.strings("guardrails").first
        return task
    }

    /// Applies what the crew's Python file wires on top of the YAML.
    mutating func apply(_ wiring: CrewPythonWiring, into builder: inout ImportBuilder) {
        if let hierarchical = wiring.hierarchical { self.hierarchical = hierarchical }
        let taskKeyByMethod = Dictionary(wiring.tasks.map { ($0.method, $0.configKey) }, uniquingKeysWith: { first, _ in first })
        let agentKeyByMethod = Dictionary(wiring.agents.map { ($0.method, $0.configKey) }, uniquingKeysWith: { first, _ in first })
        for agentWiring in wiring.agents {
            if let index = agents.firstIndex(where: { $0.key == agentWiring.configKey }) {
                agents[index].tools += agentWiring.tools.filter { !agents[index].tools.contains($0) }
            }
        }
        var ordered: [Task] = []
        for taskWiring in wiring.tasks {
            guard let index = tasks.firstIndex(where: { $0.key == taskWiring.configKey }) else {
                builder.warn("crewai.task-unknown", at: taskWiring.location,
                             "task method '\(taskWiring.method)' has no entry '\(taskWiring.configKey)' in tasks.yaml; Seams skips it",
                             fix: "describe the task in config/tasks.yaml")
                continue
            }
            var task = tasks.remove(at: index)
            if let context = taskWiring.context {
                task.context = context.map { Located(taskKeyByMethod[$0.value] ?? $0.value, at: $0.location) }
            }
            if let model = taskWiring.outputModel {
                task.outputModel = model
                task.outputKind = taskWiring.outputKind
            }
            if let location = taskWiring.humanInput { task.humanInput = location }
            if let location = taskWiring.asyncExecution { task.asyncExecution = location }
            if let agent = taskWiring.agentMethod {
                task.agent = Located(agentKeyByMethod[agent.value] ?? agent.value, at: agent.location)
            }
            if let guardrail = taskWiring.guardrail { task.guardrail = guardrail }
            task.tools += taskWiring.tools.filter { !task.tools.contains($0) }
            ordered.append(task)
        }
        // Tasks the Python file does not list keep their YAML order, after the listed ones.
        tasks = ordered + tasks
    }
}
