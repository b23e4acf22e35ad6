import Foundation
import SeamsModel

/// What one `@CrewBase` class wires, read statically from its Python: its `@task` methods in
/// definition order (CrewAI instantiates them in that order and they are the crew's tasks), its
/// `@agent` methods, where its YAML lives and the process of its `@crew` method.
struct CrewClassWiring {
    struct TaskWiring {
        /// The method name: what YAML `context:` and Python `context=[self.x()]` refer to.
        var method: String
        var location: SourceLocation
        /// The key of `config=self.tasks_config['key']`, if the task reads one.
        var configKey: Located<String>?
        /// What the `Task(...)` call sets itself (it overrides the YAML).
        var inline: CrewPythonTask
    }

    struct AgentWiring {
        var method: String
        var location: SourceLocation
        var configKey: Located<String>?
        var tools: [String] = []
        var allowDelegation: SourceLocation?
        var role: Located<String>?
    }

    var name: String
    var location: SourceLocation
    /// The folder of the class's file; `agents_config`/`tasks_config` paths are relative to it.
    var directory: String
    var agentsConfig = "config/agents.yaml"
    var tasksConfig = "config/tasks.yaml"
    var tasks: [TaskWiring] = []
    var agents: [AgentWiring] = []
    var hierarchical: SourceLocation?
    /// `@task` methods defined twice (Python keeps only the last definition).
    var duplicateTasks: [TaskWiring] = []

    /// Reads a `@CrewBase` class.
    static func read(_ definition: PythonClass, file: String) -> CrewClassWiring {
        let directory = (file as NSString).deletingLastPathComponent
        var wiring = CrewClassWiring(name: definition.name, location: definition.location, directory: directory)
        for statement in definition.body {
            if case .assignment(let targets, _, _, let value?, _, _) = statement, let path = value.stringValue {
                if targets.contains(where: { $0.lastName == "agents_config" }) { wiring.agentsConfig = path }
                if targets.contains(where: { $0.lastName == "tasks_config" }) { wiring.tasksConfig = path }
            }
        }
        for method in definition.methods {
            let calls = method.body.calls
            if method.decorator("task") != nil {
                let call = calls.first { $0.asCall?.callee.lastName == "Task" }
                let arguments = call?.asCall?.arguments ?? []
                let task = TaskWiring(method: method.name, location: method.location,
                                      configKey: configKey(arguments, table: "tasks_config"),
                                      inline: CrewPythonTask.read(arguments, at: call?.location ?? method.location))
                if let index = wiring.tasks.firstIndex(where: { $0.method == method.name }) {
                    wiring.duplicateTasks.append(wiring.tasks[index])
                    wiring.tasks.remove(at: index)
                }
                wiring.tasks.append(task)
            } else if method.decorator("agent") != nil {
                let call = calls.first { $0.asCall?.callee.lastName == "Agent" }
                let arguments = call?.asCall?.arguments ?? []
                var agent = AgentWiring(method: method.name, location: method.location,
                                        configKey: configKey(arguments, table: "agents_config"))
                agent.tools = arguments.keyword("tools").map { CrewPythonTask.toolNames($0.value) } ?? []
                if arguments.keyword("allow_delegation")?.value.lastName == "True" {
                    agent.allowDelegation = arguments.keyword("allow_delegation")?.location
                }
                if let role = arguments.keyword("role")?.value, let text = role.stringValue {
                    agent.role = Located(text, at: role.location)
                }
                wiring.agents.append(agent)
            } else if method.decorator("crew") != nil {
                for call in calls where call.asCall?.callee.lastName == "Crew" {
                    if let process = call.asCall?.arguments.keyword("process"), process.value.lastName == "hierarchical" {
                        wiring.hierarchical = process.location
                    }
                }
            }
        }
        return wiring
    }

    /// `'key'` of `config=self.<table>['key']`.
    private static func configKey(_ arguments: [PythonArgument], table: String) -> Located<String>? {
        guard let config = arguments.keyword("config")?.value,
              case .subscription(let base, let indices, _) = config, base.lastName == table,
              let key = indices.first, let text = key.stringValue else { return nil }
        return Located(text, at: key.location)
    }
}

/// The arguments of one `Task(...)` call that change what crosses a handoff.
struct CrewPythonTask {
    var location: SourceLocation
    var description: Located<String>?
    var expectedOutput: Located<String>?
    /// `context=[...]`: the expressions named (method calls `self.x()` or task variables).
    var context: [PythonExpression]?
    var outputModel: Located<String>?
    var outputKind: String?
    var humanInput: SourceLocation?
    var asyncExecution: SourceLocation?
    /// `agent=self.x()` (a method) or `agent=x` (a variable).
    var agent: Located<String>?
    var tools: [String] = []
    var guardrail: Located<String>?

    static func read(_ arguments: [PythonArgument], at location: SourceLocation) -> CrewPythonTask {
        var task = CrewPythonTask(location: location)
        for argument in arguments {
            let value = argument.value
            switch argument.keyword {
            case "description": task.description = value.stringValue.map { Located($0, at: value.location) }
            case "expected_output": task.expectedOutput = value.stringValue.map { Located($0, at: value.location) }
            case "context": task.context = value.elements ?? [value]
            case "output_pydantic", "output_json":
                if let name = value.dottedName, name != "None" {
                    task.outputModel = Located(name, at: argument.location)
                    task.outputKind = argument.keyword
                }
            case "human_input": if value.lastName == "True" { task.humanInput = argument.location }
            case "async_execution": if value.lastName == "True" { task.asyncExecution = argument.location }
            case "agent":
                let callee = value.asCall?.callee ?? value
                if let name = callee.lastName { task.agent = Located(name, at: argument.location) }
            case "tools": task.tools = toolNames(value)
            case "guardrail", "guardrails":
                if value.lastName != "None" {
                    let name = (value.elements?.first ?? value).dottedName ?? "a guardrail"
                    task.guardrail = Located(name, at: argument.location)
                }
            default: break
            }
        }
        return task
    }

    /// Tools in `tools=[...]`: instances (`SerperDevTool()`), references (`my_tool`,
    /// `SearchTools.search_internet`) and concatenations (`[a] + toolkit.get_tools()`).
    static func toolNames(_ value: PythonExpression) -> [String] {
        switch value {
        case .list(let items, _): return items.flatMap(toolNames)
        case .operation(let operands, _, _): return operands.flatMap(toolNames)
        case .call(let callee, _, _): return callee.dottedName.map { [$0.replacingOccurrences(of: "()", with: "")] } ?? []
        default: return value.dottedName.map { [$0] } ?? []
        }
    }
}
