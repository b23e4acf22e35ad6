import SeamsModel

/// Crews assembled in plain Python, without `@CrewBase`: `t1 = Task(...)`, `a = Agent(...)` and
/// `Crew(agents=[...], tasks=[t1, t2], process=...)`. The crew's tasks are its `tasks=` list in order.
enum CrewPlainPython {
    static func crews(in python: CrewProjectPython, into builder: inout ImportBuilder) -> [CrewDefinition] {
        var crews: [CrewDefinition] = []
        for module in python.modules {
            let bodies = python.plainBodies.filter { $0.file == module.file }.map(\.statements)
            var tasks: [String: CrewPythonTask] = [:]
            var agents: [String: CrewDefinition.Agent] = [:]
            var crewCalls: [(name: String?, call: PythonExpression)] = []
            for statements in bodies {
                for statement in statements.flattened {
                    let assigned: String?
                    if case .assignment(let targets, _, _, _, "=", _) = statement, targets.count == 1, case .name(let name, _) = targets[0] {
                        assigned = name
                    } else {
                        assigned = nil
                    }
                    for call in statement.expressions.flatMap(\.calls) {
                        guard let (callee, arguments) = call.asCall else { continue }
                        switch callee.lastName {
                        case "Task" where assigned != nil && statement.expressions.last?.location == call.location:
                            tasks[assigned ?? ""] = CrewPythonTask.read(arguments, at: call.location)
                        case "Agent" where assigned != nil:
                            var agent = CrewDefinition.Agent(key: assigned ?? "", location: call.location)
                            if let role = arguments.keyword("role")?.value, let text = role.stringValue { agent.role = Located(text, at: role.location) }
                            if let goal = arguments.keyword("goal")?.value, let text = goal.stringValue { agent.goal = Located(text, at: goal.location) }
                            agent.tools = arguments.keyword("tools").map { CrewPythonTask.toolNames($0.value) } ?? []
                            if arguments.keyword("allow_delegation")?.value.lastName == "True" {
                                agent.allowDelegation = arguments.keyword("allow_delegation")?.location
                            }
                            agents[agent.key] = agent
                        case "Crew" where arguments.keyword("tasks")?.value.elements != nil:
                            crewCalls.append((assigned, call))
                        default: break
                        }
                    }
                }
            }
            if let executed = directExecutions(bodies, tasks: tasks, agents: agents, file: module.file) { crews.append(executed) }
            for (index, entry) in crewCalls.enumerated() {
                guard let arguments = entry.call.asCall?.arguments, let members = arguments.keyword("tasks")?.value.elements else { continue }
                let name = entry.name ?? (crewCalls.count == 1 ? "crew" : "crew\(index + 1)")
                var crew = CrewDefinition(name: name, location: entry.call.location)
                for (position, member) in members.enumerated() {
                    let key: String
                    let inline: CrewPythonTask
                    if case .name(let variable, _) = member, let task = tasks[variable] {
                        key = variable
                        inline = task
                    } else if let call = member.asCall, call.callee.lastName == "Task" {
                        key = "task\(position + 1)"
                        inline = CrewPythonTask.read(call.arguments, at: member.location)
                    } else {
                        builder.fail("crewai.task-unknown", at: member.location,
                                     "Crew(tasks=[...]) lists \(member.dottedName ?? "an expression") at position \(position + 1), which is no Task assigned in this file",
                                     fix: "list variables assigned from Task(...), or Task(...) calls")
                        continue
                    }
                    crew.tasks.append(CrewDefinition.Task(key: key, location: inline.location))
                    let context = inline.context.map { elements in
                        elements.compactMap { element -> Located<String>? in element.lastName.map { Located($0, at: element.location) } }
                    }
                    crew.overlay(inline, at: crew.tasks.count - 1, context: context)
                }
                let memberKeys = crew.tasks.map(\.key)
                for task in crew.tasks {
                    for reference in task.context ?? [] where !memberKeys.contains(reference.value) {
                        builder.fail("crewai.context-unknown", at: reference.location,
                                     "context of task '\(task.key)' names '\(reference.value)', which is not in this crew's tasks=[...]",
                                     fix: "add it to the crew's tasks, or name a task of the crew")
                    }
                    if let agent = task.agent, let definition = agents[agent.value], !crew.agents.contains(where: { $0.key == definition.key }) {
                        crew.agents.append(definition)
                    }
                }
                for member in arguments.keyword("agents")?.value.elements ?? [] {
                    if let name = member.lastName, let definition = agents[name], !crew.agents.contains(where: { $0.key == name }) {
                        crew.agents.append(definition)
                    }
                }
                if let process = arguments.keyword("process"), process.value.lastName == "hierarchical" {
                    crew.hierarchical = process.location
                }
                crews.append(crew)
            }
        }
        return crews
    }

    /// Tasks run one by one without a crew: `r1 = t1.execute_sync(agent=a)`, then
    /// `t2.execute_sync(agent=b, context=r1.raw)`. Each receives only what its `context=` passes.
    private static func directExecutions(_ bodies: [[PythonStatement]], tasks: [String: CrewPythonTask],
                                         agents: [String: CrewDefinition.Agent], file: String) -> CrewDefinition? {
        var crew = CrewDefinition(name: "executed_tasks", location: SourceLocation(file: file, line: 1, column: 1))
        for statements in bodies {
            var results: [String: String] = [:]
            for statement in statements.flattened {
                for call in statement.expressions.flatMap(\.calls) {
                    guard let (callee, arguments) = call.asCall, case .attribute(.name(let variable, _), let method, _) = callee,
                          ["execute_sync", "execute_async", "execute"].contains(method), let inline = tasks[variable],
                          !crew.tasks.contains(where: { $0.key == variable }) else { continue }
                    if crew.tasks.isEmpty { crew.location = call.location }
                    var context: [Located<String>] = []
                    if let passed = arguments.keyword("context")?.value {
                        for name in CrewGlue.names(in: passed) {
                            let producer = results[name] ?? (tasks[name] != nil ? name : nil)
                            if let producer, producer != variable, !context.contains(where: { $0.value == producer }) {
                                context.append(Located(producer, at: passed.location))
                            }
                        }
                    }
                    crew.tasks.append(CrewDefinition.Task(key: variable, location: inline.location))
                    let index = crew.tasks.count - 1
                    crew.overlay(inline, at: index, context: context)
                    if let agentName = arguments.keyword("agent")?.value.lastName ?? inline.agent?.value, let agent = agents[agentName] {
                        crew.tasks[index].agent = Located(agentName, at: call.location)
                        if !crew.agents.contains(where: { $0.key == agentName }) { crew.agents.append(agent) }
                    }
                }
                if case .assignment(let targets, _, _, let value?, "=", _) = statement, targets.count == 1, case .name(let result, _) = targets[0],
                   let call = value.calls.first?.asCall, case .attribute(.name(let variable, _), let method, _) = call.callee,
                   ["execute_sync", "execute_async", "execute"].contains(method), tasks[variable] != nil {
                    results[result] = variable
                }
            }
        }
        return crew.tasks.isEmpty ? nil : crew
    }
}
