import Foundation
import SeamsTestSupport

/// A CrewAI project a test writes because it is too large, or made only for one assertion, to keep as a
/// fixture: one agent and its tasks in order, laid out as `crewai create crew` lays them out
/// (`config/agents.yaml`, `config/tasks.yaml`, `crew.py`).
struct GeneratedCrew {
    /// One task: its `tasks.yaml` entry and its `@task` method.
    struct CrewTask {
        var name: String
        var description: String
        var expectedOutput: String
        /// More arguments of its `Task(…)` call, e.g. `output_pydantic=Node`.
        var arguments: [String] = []
    }

    var agent: String
    var tasks: [CrewTask]
    /// The `@CrewBase` class of `crew.py`; nil writes no `crew.py`, leaving the crew to its YAML.
    var crewClass: String?
    /// Import lines above CrewAI's (`from __future__ …` first).
    var imports: [String] = []
    /// Python between the imports and the class: the models the tasks' arguments name.
    var models = ""

    var agentsYAML: String { "\(agent):\n  role: \(agent.capitalized)\n  goal: Work\n  backstory: Works.\n" }

    var tasksYAML: String {
        tasks.map { "\($0.name):\n  description: \($0.description)\n  expected_output: \($0.expectedOutput)\n  agent: \(agent)\n" }.joined()
    }

    /// The class with the agent's `@agent` method, a `@task` method per task in order and the `@crew` method.
    var python: String? {
        guard let crewClass else { return nil }
        let header = imports + ["from crewai import Agent, Crew, Task", "from crewai.project import CrewBase, agent, crew, task"]
        let models = models.isEmpty ? [] : ["", "", models]
        let agentMethod = ["    @agent", "    def \(agent)(self) -> Agent:", "        return Agent(config=self.agents_config[\"\(agent)\"])"]
        let taskMethods = tasks.flatMap { task in
            let arguments = ["config=self.tasks_config[\"\(task.name)\"]"] + task.arguments
            return ["", "    @task", "    def \(task.name)(self) -> Task:", "        return Task(\(arguments.joined(separator: ", ")))"]
        }
        let crewMethod = ["", "    @crew", "    def crew(self) -> Crew:", "        return Crew(agents=self.agents, tasks=self.tasks)"]
        let lines = header + models + ["", "", "@CrewBase", "class \(crewClass):"] + agentMethod + taskMethods + crewMethod
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the project into a fresh temporary folder, which the caller removes.
    func write(_ name: String) throws -> TemporaryFolder {
        var files = ["config/agents.yaml": agentsYAML, "config/tasks.yaml": tasksYAML]
        files["crew.py"] = python
        return try TemporaryFolder(name, files: files)
    }
}
