import SeamsModel

/// What a CrewAI crew's Python file wires, read statically: the `@task` and `@agent` methods of a
/// `@CrewBase` class and the crew's process. No Python is run.
struct CrewPythonWiring {
    struct TaskWiring {
        /// The method name, which `context=[self.x()]` refers to.
        var method: String
        /// The key in `tasks.yaml` (`config=self.tasks_config['key']`), the method name otherwise.
        var configKey: String
        var location: SourceLocation
        var context: [Located<String>]?
        /// `output_pydantic` or `output_json`, and the class it names.
        var outputModel: Located<String>?
        var outputKind: String?
        var humanInput: SourceLocation?
        var asyncExecution: SourceLocation?
        var agentMethod: Located<String>?
        var tools: [String] = []
        var guardrail: Located<String>?
    }

    struct AgentWiring {
        var method: String
        var configKey: String
        var tools: [String] = []
    }

    var tasks: [TaskWiring] = []
    var agents: [AgentWiring] = []
    var hierarchical: SourceLocation?

    var isEmpty: Bool { tasks.isEmpty && agents.isEmpty }

    /// Scans one Python file; files without `@task` / `@agent` methods give an empty wiring.
    static func scan(_ python: PythonText) -> CrewPythonWiring {
        var wiring = CrewPythonWiring()
        var pending: String?
        let definition = /^\s*def\s+(\w+)\s*\(/
        for (index, line) in python.lines.enumerated() {
            let stripped = line.trimmed
            if stripped == "@task" || stripped == "@agent" {
                pending = stripped
                continue
            }
            if let kind = pending, let match = line.firstMatch(of: definition) {
                pending = nil
                let method = String(match.1)
                let block = python.block(after: index)
                let column = line.distance(from: line.startIndex, to: match.1.startIndex)
                if kind == "@task" {
                    wiring.tasks.append(task(method, block: block, at: python.location(line: index, column: column)))
                } else {
                    let key = configKey(in: block.text, table: "agents_config") ?? method
                    wiring.agents.append(AgentWiring(method: method, configKey: key, tools: tools(in: block.text)))
                }
            } else if !stripped.hasPrefix("@"), !PythonText.isBlank(line) {
                pending = nil
            }
            if wiring.hierarchical == nil, let match = line.firstMatch(of: /Process\.hierarchical/) {
                wiring.hierarchical = python.location(line: index, column: line.distance(from: line.startIndex, to: match.range.lowerBound))
            }
        }
        return wiring
    }

    private static func task(_ method: String, block: PythonText.Block, at location: SourceLocation) -> TaskWiring {
        let text = block.text
        var task = TaskWiring(method: method, configKey: configKey(in: text, table: "tasks_config") ?? method, location: location)
        if let match = text.firstMatch(of: /context\s*=\s*\[([^\]]*)\]/) {
            var names: [Located<String>] = []
            let listText = text[match.1.startIndex..<match.1.endIndex]
            for call in listText.matches(of: /(?:self\.)?(\w+)(?:\s*\(\s*\))?/) {
                names.append(Located(String(call.1), at: block.location(of: call.range.lowerBound)))
            }
            task.context = names
        }
        if let match = text.firstMatch(of: /(output_pydantic|output_json)\s*=\s*([A-Za-z_][\w.]*)/), match.2 != "None" {
            task.outputKind = String(match.1)
            task.outputModel = Located(String(match.2), at: block.location(of: match.range.lowerBound))
        }
        if let match = text.firstMatch(of: /human_input\s*=\s*True/) {
            task.humanInput = block.location(of: match.range.lowerBound)
        }
        if let match = text.firstMatch(of: /async_execution\s*=\s*True/) {
            task.asyncExecution = block.location(of: match.range.lowerBound)
        }
        if let match = text.firstMatch(of: /\bagent\s*=\s*self\.(\w+)\s*\(/) {
            task.agentMethod = Located(String(match.1), at: block.location(of: match.range.lowerBound))
        }
        if let match = text.firstMatch(of: /guardrails?\s*=\s*([^,\n)]+)/) {
            task.guardrail = Located(String(match.1).trimmed, at: block.location(of: match.range.lowerBound))
        }
        task.tools = tools(in: text)
        return task
    }

    private static func configKey(in text: String, table: String) -> String? {
        for match in text.matches(of: /self\.(\w+)\[\s*['"]([^'"]+)['"]\s*\]/) where match.1 == table {
            return String(match.2)
        }
        return nil
    }

    private static func tools(in text: String) -> [String] {
        guard let match = text.firstMatch(of: /tools\s*=\s*\[([^\]]*)\]/) else { return [] }
        return match.1.matches(of: /([A-Za-z_]\w*)\s*\(/).map { String($0.1) }
    }
}
