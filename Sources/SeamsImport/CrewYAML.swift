import Foundation
import SeamsModel

/// Builds YAML crews the way CrewAI's `@CrewBase` loads them: every `tasks.yaml` entry's `agent:`
/// and `context:` are looked up among the class's `@agent` and `@task` *method names* (a miss is
/// CrewAI's KeyError, so an input error here), and the crew's tasks are the `@task` methods in
/// method order, each reading its entry through `config=self.tasks_config['key']`.
enum CrewYAML {
    /// A crew from a `@CrewBase` class and the YAML it names.
    static func classCrew(_ wiring: CrewClassWiring, limits: LoadLimits, into builder: inout ImportBuilder) throws(DocumentError) -> CrewDefinition {
        let agentsPath = CrewAIImporter.standard((wiring.directory as NSString).appendingPathComponent(wiring.agentsConfig))
        let tasksPath = CrewAIImporter.standard((wiring.directory as NSString).appendingPathComponent(wiring.tasksConfig))
        var crew = CrewDefinition(name: wiring.name, location: wiring.location)
        crew.hierarchical = wiring.hierarchical
        let agentEntries = try entries(agentsPath, what: "agents.yaml", limits: limits, into: &builder)
        let taskEntries = try entries(tasksPath, what: "tasks.yaml", limits: limits, into: &builder)
        let agentMethods = wiring.agents.map(\.method)
        let taskMethods = wiring.tasks.map(\.method)

        for (path, entries, table) in [(agentsPath, agentEntries, "agents_config"), (tasksPath, taskEntries, "tasks_config")]
            where entries == nil && !FileManager.default.fileExists(atPath: path)
            && (table == "tasks_config" ? wiring.tasks.contains { $0.configKey != nil } : wiring.agents.contains { $0.configKey != nil }) {
            builder.fail("crewai.config-missing", at: wiring.location,
                         "\(wiring.name) reads self.\(table)[...], and \(path) does not exist",
                         fix: "create it, or set \(table) = \"path/to/file.yaml\" on the class")
        }
        for agent in wiring.agents {
            var definition = CrewDefinition.Agent(key: agent.method, location: agent.location, role: agent.role)
            if let key = agent.configKey {
                if let entry = agentEntries?.first(where: { $0.key.scalarText == key.value }) {
                    definition = CrewDefinition.agent(key: agent.method, at: entry.key.location, node: entry.value, into: &builder)
                } else if agentEntries != nil {
                    missingKey(key, table: "agents_config", file: agentsPath, keys: agentEntries, into: &builder)
                }
            }
            definition.tools += agent.tools.filter { !definition.tools.contains($0) }
            if let location = agent.allowDelegation { definition.allowDelegation = location }
            crew.agents.append(definition)
        }

        // CrewAI maps every entry of tasks.yaml, used or not, when the class is instantiated.
        for entry in taskEntries ?? [] {
            guard let key = entry.key.scalarText else { continue }
            if let agent = entry.value.text("agent"), !agentMethods.contains(agent.value) {
                unknown(agent, what: "agent", in: key, names: agentMethods, kind: "@agent", into: &builder,
                        method: wiring.agents.first { $0.configKey?.value == agent.value }?.method)
            }
            for reference in entry.value.strings("context") where !taskMethods.contains(reference.value) {
                unknown(reference, what: "context task", in: key, names: taskMethods, kind: "@task", into: &builder,
                        method: wiring.tasks.first { $0.configKey?.value == reference.value }?.method)
            }
        }

        var used: Set<String> = []
        for task in wiring.tasks {
            if let key = task.configKey {
                used.insert(key.value)
                guard let entry = taskEntries?.first(where: { $0.key.scalarText == key.value }) else {
                    if taskEntries != nil { missingKey(key, table: "tasks_config", file: tasksPath, keys: taskEntries, into: &builder) }
                    continue
                }
                crew.tasks.append(CrewDefinition.task(key: task.method, at: entry.key.location, node: entry.value, into: &builder))
            } else {
                guard task.inline.description != nil || task.inline.expectedOutput != nil else {
                    builder.fail("crewai.task-no-config", at: task.location,
                                 "task method '\(task.method)' builds a Task with no config and no description or expected_output; CrewAI cannot create it",
                                 fix: "pass config=self.tasks_config['\(task.method)'] and describe the task in \(wiring.tasksConfig), or give description= and expected_output=")
                    continue
                }
                crew.tasks.append(CrewDefinition.Task(key: task.method, location: task.location))
            }
            var context: [Located<String>]?
            if let elements = task.inline.context {
                context = []
                for element in elements {
                    let callee = element.asCall?.callee ?? element
                    guard let method = callee.lastName, taskMethods.contains(method) else {
                        builder.fail("crewai.context-unknown", at: element.location,
                                     "context=[...] of task '\(task.method)' names \(callee.dottedName ?? "an expression"), which is no @task method of \(wiring.name)",
                                     fix: "name @task methods, e.g. context=[self.\(taskMethods.first ?? "task_name")()]")
                        continue
                    }
                    context?.append(Located(method, at: element.location))
                }
            }
            crew.overlay(task.inline, at: crew.tasks.count - 1, context: context)
        }
        for duplicate in wiring.duplicateTasks {
            builder.fail("crewai.task-duplicate", at: duplicate.location,
                         "@task method '\(duplicate.method)' is defined twice in \(wiring.name); Python keeps only the later definition, so this one never runs",
                         fix: "rename one of the methods or delete the one you do not want")
        }
        if wiring.tasks.isEmpty {
            builder.warn("crewai.no-tasks", at: wiring.location, "\(wiring.name) has no @task methods, so its crew has no tasks and no handoffs",
                         fix: "decorate the methods that build Task objects with @task")
        }
        for entry in taskEntries ?? [] {
            guard let key = entry.key.scalarText, !used.contains(key) else { continue }
            builder.warn("crewai.task-unused", at: entry.key.location,
                         "task '\(key)' in tasks.yaml is not a member of \(wiring.name): no @task method reads tasks_config['\(key)'], so CrewAI never runs it",
                         fix: "add a @task method that returns Task(config=self.tasks_config['\(key)']), or delete the entry")
        }
        return crew
    }

    /// A crew from YAML alone (no `@CrewBase` class reads it): tasks in YAML order, as
    /// `crewai create crew` writes one `@task` method per entry, named like the entry.
    static func yamlOnlyCrew(_ directory: String, files: ProjectFiles, limits: LoadLimits,
                             into builder: inout ImportBuilder) throws(DocumentError) -> CrewDefinition {
        let crewPath = files.path(directory)
        let name = directory.isEmpty ? (files.root as NSString).lastPathComponent : (directory as NSString).lastPathComponent
        let agentsPath = (crewPath as NSString).appendingPathComponent("config/agents.yaml")
        let tasksPath = (crewPath as NSString).appendingPathComponent("config/tasks.yaml")
        var crew = CrewDefinition(name: name, location: SourceLocation(file: tasksPath, line: 1, column: 1))
        let agentEntries = try entries(agentsPath, what: "agents.yaml", limits: limits, into: &builder)
        let taskEntries = try entries(tasksPath, what: "tasks.yaml", limits: limits, into: &builder)
        for entry in agentEntries ?? [] {
            guard let key = entry.key.scalarText else { continue }
            crew.agents.append(CrewDefinition.agent(key: key, at: entry.key.location, node: entry.value, into: &builder))
        }
        let agentKeys = crew.agents.map(\.key)
        let taskKeys = (taskEntries ?? []).compactMap(\.key.scalarText)
        for entry in taskEntries ?? [] {
            guard let key = entry.key.scalarText else { continue }
            if let agent = entry.value.text("agent"), agentEntries != nil, !agentKeys.contains(agent.value) {
                unknown(agent, what: "agent", in: key, names: agentKeys, kind: "agents.yaml", into: &builder)
            }
            for reference in entry.value.strings("context") where !taskKeys.contains(reference.value) {
                unknown(reference, what: "context task", in: key, names: taskKeys, kind: "tasks.yaml", into: &builder)
            }
            crew.tasks.append(CrewDefinition.task(key: key, at: entry.key.location, node: entry.value, into: &builder))
        }
        if taskEntries == nil {
            builder.warn("crewai.no-tasks", at: SourceLocation(file: agentsPath, line: 1, column: 1),
                         "the crew has agents but no config/tasks.yaml; without tasks there are no handoffs to score",
                         fix: "add config/tasks.yaml")
        } else {
            builder.warn("crewai.python-not-found", at: crew.location,
                         "no @CrewBase class in the project reads this tasks.yaml; Seams takes the crew's tasks, in order, from its entries (one @task method per entry, named like it, as `crewai create crew` writes them)",
                         fix: "include the crew's Python (crew.py) in the project folder")
        }
        return crew
    }

    /// The entries of a YAML mapping file, or nil when the file does not exist or is of the wrong
    /// shape. A wrong shape, or a key written twice, is an input error: CrewAI could not use it either.
    private static func entries(_ path: String, what: String, limits: LoadLimits,
                                into builder: inout ImportBuilder) throws(DocumentError) -> [SourceNode.Entry]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let node = try SourceReader.read(path: path, limits: limits)
        if node.isNull { return [] }
        guard node.isMapping else {
            builder.fail("crewai.shape", at: node.location, "\(what) should map each name to its settings, found \(node.kindName)",
                         fix: "write one `name:` entry with its settings per \(what == "tasks.yaml" ? "task" : "agent"), as `crewai create crew` does")
            return nil
        }
        var seen: [String: SourceLocation] = [:]
        for entry in node.entries {
            guard let key = entry.key.scalarText else { continue }
            if let first = seen[key] {
                builder.fail("crewai.duplicate-key", at: entry.key.location,
                             "'\(key)' is written twice in \(what) (first at line \(first.line)); YAML keeps only one of them",
                             fix: "rename or delete one of the entries")
            } else {
                seen[key] = entry.key.location
            }
            if !entry.value.isMapping && !entry.value.isNull {
                builder.fail("crewai.shape", at: entry.value.location, "'\(key)' in \(what) should be a mapping of settings, found \(entry.value.kindName)",
                             fix: "indent the settings of '\(key)' under it (description:, expected_output:, agent: …)")
            }
        }
        return node.entries
    }

    private static func missingKey(_ key: Located<String>, table: String, file: String, keys: [SourceNode.Entry]?,
                                   into builder: inout ImportBuilder) {
        let names = (keys ?? []).compactMap(\.key.scalarText)
        let hint = NearestName.hint(for: key.value, among: names)
        builder.fail("crewai.config-missing", at: key.location,
                     "self.\(table)['\(key.value)'] is not in \((file as NSString).lastPathComponent) (CrewAI raises KeyError)" + (hint.isEmpty ? "" : "; \(hint)"),
                     fix: "add '\(key.value):' to \(file), or name an existing entry")
    }

    /// `method`: the method that reads the YAML entry named like `reference` (the usual mix-up of key and method name).
    private static func unknown(_ reference: Located<String>, what: String, in task: String, names: [String], kind: String,
                                into builder: inout ImportBuilder, method: String? = nil) {
        let table = what == "agent" ? "agents_config" : "tasks_config"
        let hint = method.map { "did you mean '\($0)'? (the \(kind) method that reads \(table)['\(reference.value)'])" }
            ?? NearestName.hint(for: reference.value, among: names)
        builder.fail(what == "agent" ? "crewai.agent-unknown" : "crewai.context-unknown", at: reference.location,
                     "task '\(task)' names \(what) '\(reference.value)', which is no \(kind) name of the crew (CrewAI raises KeyError)" + (hint.isEmpty ? "" : "; \(hint)"),
                     fix: names.isEmpty ? "define it, then name it here" : "name one of: \(names.joined(separator: ", "))")
    }
}
