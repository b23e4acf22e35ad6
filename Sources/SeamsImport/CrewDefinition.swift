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
        /// Where `allow_delegation=True` is set: the agent may hand work to the crew's other agents.
        var allowDelegation: SourceLocation?
    }

    struct Task {
        var key: String
        var location: SourceLocation
        var description: Located<String>?
        var expectedOutput: Located<String>?
        /// Where an `expected_output` is written empty: what the task hands on is then undecided, at that line.
        var emptyExpectedOutput: SourceLocation?
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
    /// CrewAI 1.14.5 and later keep the outputs collected before an asynchronous batch.
    var keepsOutputsBeforeAsync = false

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
        var agent = Agent(key: key, location: location, role: node.text("role"), goal: node.text("goal"),
                          tools: node.strings("tools").map(\.value))
        if node.bool("allow_delegation") == true { agent.allowDelegation = node.keyNode("allow_delegation")?.location }
        return agent
    }

    /// Reads one task entry.
    static func task(key: String, at location: SourceLocation, node: SourceNode, into builder: inout ImportBuilder) -> Task {
        builder.warnUnknownKeys(node.entries, known: taskKeys, in: "task '\(key)'", framework: "CrewAI")
        var task = Task(key: key, location: location, description: node.text("description"),
                        expectedOutput: node.text("expected_output"), agent: node.text("agent"))
        if let written = node.keyNode("expected_output"), task.expectedOutput == nil {
            task.emptyExpectedOutput = written.location
            builder.warn("crewai.expected-output-empty", at: written.location,
                         "task '\(key)' has an empty expected_output: its agent is told nothing about what to deliver, and the task after it gets whatever comes",
                         fix: "say what the task delivers (its structure, length and format), or give the task output_pydantic=")
        }
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

    /// Overlays what a `Task(...)` call in Python sets on the task (Python arguments win over YAML).
    mutating func overlay(_ inline: CrewPythonTask, at index: Int, context: [Located<String>]?) {
        var task = tasks[index]
        if let value = inline.description { task.description = value }
        if let value = inline.expectedOutput {
            task.expectedOutput = value
            task.emptyExpectedOutput = nil
        }
        if let context { task.context = context }
        if let model = inline.outputModel {
            task.outputModel = model
            task.outputKind = inline.outputKind
        }
        if let location = inline.humanInput { task.humanInput = location }
        if let location = inline.asyncExecution { task.asyncExecution = location }
        if let agent = inline.agent { task.agent = agent }
        if let guardrail = inline.guardrail { task.guardrail = guardrail }
        task.tools += inline.tools.filter { !task.tools.contains($0) }
        tasks[index] = task
    }
}
