import SeamsModel

/// Turns CrewAI crews into modules and handoffs.
///
/// Each task is a module (the agent that runs it gives the brief's role and tools): in CrewAI a
/// task's output is what crosses to the next task, whichever agent runs it. A task's `context`
/// names the tasks whose outputs it receives; with no `context`, CrewAI passes it the outputs it
/// has collected (every earlier task's, unless asynchronous tasks intervened), which Seams models
/// as interfaces too and flags as implicit context.
enum CrewGraph {
    /// Above this many implicit handoffs in one crew, the collected outputs become one module.
    static let aggregateAbove = 2_000

    static func add(_ crew: CrewDefinition, prefix: String?, models: PydanticModels, into builder: inout ImportBuilder) {
        func id(_ key: String) -> String { prefix.map { "\($0)/\(key)" } ?? key }
        let agents = Dictionary(crew.agents.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

        for task in crew.tasks {
            let agent = task.agent.flatMap { agents[$0.value] }
            if let reference = task.agent, agent == nil {
                builder.warn("crewai.agent-unknown", at: reference.location,
                             "task '\(task.key)' names agent '\(reference.value)', which the crew does not define",
                             fix: "define it in config/agents.yaml or correct the name")
            }
            let moduleID = builder.module(id(task.key), at: task.location) { module in
                module.role = agent?.role
                module.objective = task.description
                module.output = task.outputModel ?? task.expectedOutput
                let tools = (agent?.tools ?? []) + task.tools
                if !tools.isEmpty { module.tools = tools }
            }
            var concern = Concern(id: id(task.key), location: task.location)
            concern.does = task.description
            concern.tools = (agent?.tools ?? []) + task.tools
            if let humanInput = task.humanInput { concern.gate = Located(.human, at: humanInput) }
            builder.concern(concern, in: moduleID)
        }

        let keys = crew.tasks.map(\.key)
        // CrewAI's sequential loop: each synchronous task appends its output to the outputs it
        // has collected; when a synchronous task must wait for asynchronous ones, the collected
        // outputs are replaced by theirs. A task without `context` receives the collected outputs
        // (an asynchronous one receives none outside a replay).
        var collected: [Int] = []
        var pending: [Int] = []
        var receivedBy: [[Int]] = Array(repeating: [], count: crew.tasks.count)
        for (index, task) in crew.tasks.enumerated() {
            if task.asyncExecution == nil {
                if !pending.isEmpty {
                    collected = crew.keepsOutputsBeforeAsync ? collected + pending : pending
                    pending = []
                }
                receivedBy[index] = collected
                collected.append(index)
            } else {
                pending.append(index)
            }
        }
        let implicitConsumers = crew.tasks.indices.filter { crew.tasks[$0].context == nil && crew.tasks[$0].asyncExecution == nil }
        let implicitPairs = implicitConsumers.reduce(0) { $0 + receivedBy[$1].count }
        // CrewAI joins the collected outputs into one context text; past `aggregateAbove` pairs, Seams
        // models that text as one module instead of a handoff from every earlier task to every later one.
        let collector: String? = implicitPairs > aggregateAbove ? id("task_outputs") : nil
        if let collector, let first = implicitConsumers.first {
            builder.module(collector, at: crew.tasks[first].location) { module in
                module.role = Located("the outputs CrewAI collects and passes, joined, to every task without context", at: crew.location)
            }
            var feeding = Set<Int>()
            for consumer in implicitConsumers { feeding.formUnion(receivedBy[consumer]) }
            for index in feeding.sorted() {
                let producer = crew.tasks[index]
                CrewFixes.handoff(from: producer, at: producer.location, into: &builder)
                builder.handoff(from: id(producer.key), to: collector, at: producer.location,
                                payload: payload(of: producer, models: models, into: &builder), implicit: "crewai.implicit-context") { clauses(of: producer, into: &$0) }
            }
        }
        for (index, task) in crew.tasks.enumerated() {
            let consumer = id(task.key)
            let received = receivedBy[index]
            if let context = task.context {
                for reference in context {
                    guard let producer = crew.tasks.first(where: { $0.key == reference.value }) else {
                        let hint = NearestName.hint(for: reference.value, among: keys)
                        builder.warn("crewai.context-unknown", at: reference.location,
                                     "context names '\(reference.value)', which is no task of this crew" + (hint.isEmpty ? "" : "; \(hint)"),
                                     fix: "name a task of the crew")
                        continue
                    }
                    CrewFixes.handoff(from: producer, at: reference.location, into: &builder)
                    builder.handoff(from: id(producer.key), to: consumer, at: reference.location,
                                    payload: payload(of: producer, models: models, into: &builder)) { clauses(of: producer, into: &$0) }
                }
                continue
            }
            if let asyncLocation = task.asyncExecution {
                if index > 0 {
                    builder.warn("crewai.async-no-context", at: asyncLocation,
                                 "task '\(task.key)' runs asynchronously and names no `context`, so CrewAI passes it no earlier task's output",
                                 fix: "name the tasks it needs in `context: [...]`, or write `context: []` to say it needs none")
                }
                continue
            }
            guard !received.isEmpty else { continue }
            let names = received.count <= 12 ? received.map { crew.tasks[$0].key }.joined(separator: ", ")
                : "\(received.count) earlier tasks (\(crew.tasks[received[0]].key) … \(crew.tasks[received[received.count - 1]].key))"
            if let collector {
                // One text, written once by CrewAI's join: every consumer reads the same payload, so its
                // decisions are counted once; each producer's own output is counted on its handoff in.
                let prose = Located("the outputs CrewAI has collected, joined as one text (its aggregated context)", at: crew.location)
                builder.handoff(from: collector, to: consumer, at: task.location,
                                payload: ImportedPayload(payload: .prose(prose), location: crew.location), implicit: "crewai.implicit-context") { interface in
                    interface.done = Located("first attempt: CrewAI joins the collected outputs as they are", at: crew.location)
                    interface.onError = Located("fail: an exception in a task aborts the crew's kickoff", at: crew.location)
                }
            } else {
                for producerIndex in received {
                    let producer = crew.tasks[producerIndex]
                    CrewFixes.handoff(from: producer, at: task.location, into: &builder)
                    builder.handoff(from: id(producer.key), to: consumer, at: task.location,
                                    payload: payload(of: producer, models: models, into: &builder), implicit: "crewai.implicit-context") { clauses(of: producer, into: &$0) }
                }
            }
            builder.warnImplicitContext("crewai.implicit-context", at: task.location, pairs: received.count,
                         "implicit context (\(received.count) interface\(received.count == 1 ? "" : "s")): task '\(task.key)' names no `context`, so CrewAI passes it the output of \(names)"
                            + (collector == nil ? "" : "; with \(implicitPairs) such handoffs in the crew, Seams models them through one module, \(collector ?? "")"),
                         fix: "add `context: [...]` naming only the tasks it needs, or `context: []`")
            if received.count < index {
                let kept = Set(received)
                let dropped = (0..<index).filter { !kept.contains($0) }.map { crew.tasks[$0].key }
                builder.warn("crewai.context-dropped", at: task.location,
                             "task '\(task.key)' does not receive the output of \(dropped.prefix(12).joined(separator: ", "))\(dropped.count > 12 ? " and \(dropped.count - 12) more" : ""): once CrewAI (before \(CrewVersion.keepsOutputsBeforeAsync.text)) waits for asynchronous tasks, it keeps only their outputs",
                             fix: "name every task it needs in `context: [...]`")
            }
        }

        if crew.hierarchical == nil { addDelegation(crew, agents: agents, id: id, into: &builder) }

        if let hierarchical = crew.hierarchical {
            let manager = builder.module(id("manager"), at: hierarchical) { module in
                module.role = Located("Crew manager (Process.hierarchical): delegates each task to an agent", at: hierarchical)
            }
            for task in crew.tasks {
                builder.handoff(from: manager, to: id(task.key), at: hierarchical, payload: nil)
                CrewFixes.handoff(from: task, at: task.location, into: &builder)
                builder.handoff(from: id(task.key), to: manager, at: task.location,
                                payload: payload(of: task, models: models, into: &builder)) { clauses(of: task, into: &$0) }
            }
        }
    }

    /// What a task hands on: the Pydantic model's fields, or the prose of `expected_output`.
    static func payload(of task: CrewDefinition.Task, models: PydanticModels, into builder: inout ImportBuilder) -> ImportedPayload? {
        if let model = task.outputModel {
            if let fields = models.fields(of: model.value) {
                let payload = ImportedPayload(payload: .fields(fields), location: models.location(of: model.value) ?? model.location)
                CrewFixes.payload(of: task, payload, into: &builder)
                return payload
            }
            builder.warn("crewai.model-unknown", at: model.location,
                         "\(task.outputKind ?? "output_pydantic") names '\(model.value)', which is not a Pydantic model defined in the project; its fields are unknown",
                         fix: "define the model in the project's Python files so Seams can read its fields")
            return nil
        }
        // An empty expected_output leaves the whole output undecided, at its own line: one decision of
        // the producer, however many later tasks read it (not a payload missing on each handoff).
        guard let prose = task.expectedOutput ?? task.emptyExpectedOutput.map({ Located("", at: $0) }) else { return nil }
        let payload = ImportedPayload(payload: .prose(prose), location: prose.location)
        CrewFixes.payload(of: task, payload, into: &builder)
        return payload
    }

    /// Clauses a task states about its output: a guardrail is a completion criterion with retries,
    /// a Pydantic or JSON output is validated against its schema, `human_input` has a person review
    /// it. Without them, CrewAI's behaviour is fixed, not a choice left open to each consumer: the
    /// agent's final answer is handed on as it is (the first attempt), and an exception in the task
    /// aborts the kickoff. What a task hands on is the task's to decide, the same for every later
    /// task that reads it, so nothing here is left open per handoff.
    static func clauses(of task: CrewDefinition.Task, into interface: inout Interface) {
        if let guardrail = task.guardrail {
            interface.done = interface.done ?? Located("guardrail: \(guardrail.value)", at: guardrail.location)
            interface.onError = interface.onError ?? Located("retry (guardrail_max_retries)", at: guardrail.location)
        } else {
            if let model = task.outputModel {
                interface.done = interface.done ?? Located("schema-valid (\(task.outputKind ?? "output_pydantic") \(model.value))", at: model.location)
            } else if let review = task.humanInput {
                interface.done = interface.done ?? Located("reviewed: human_input=True has a person review the answer", at: review)
            } else {
                interface.done = interface.done ?? Located("first attempt: CrewAI hands on the agent's final answer unchecked (no guardrail)", at: task.location)
            }
            // No task name in the clause: a name like `relevant_news` would read as a vague term.
            interface.onError = interface.onError ?? Located("fail: an exception in the task aborts the crew's kickoff", at: task.location)
        }
    }

    /// `allow_delegation=True`: CrewAI gives the task's agent "Delegate work to coworker" and "Ask
    /// question to coworker" tools over the crew's other agents; each coworker runs what it is sent
    /// (`task`, `context`, `coworker`, all text) and answers. A coworker is a module of its own.
    private static func addDelegation(_ crew: CrewDefinition, agents: [String: CrewDefinition.Agent], id: (String) -> String,
                                      into builder: inout ImportBuilder) {
        guard crew.agents.count > 1 else { return }
        for task in crew.tasks {
            guard let key = task.agent?.value, let agent = agents[key], let location = agent.allowDelegation else { continue }
            for coworker in crew.agents where coworker.key != agent.key {
                let module = builder.module(id("coworker:\(coworker.key)"), at: coworker.location) { module in
                    module.role = coworker.role
                    module.objective = coworker.goal
                }
                let request = ["task", "context", "coworker"].map { name in
                    var field = Field(name: name, location: location)
                    field.type = .string
                    field.required = true
                    return field
                }
                builder.handoff(from: id(task.key), to: module, at: location,
                                payload: ImportedPayload(payload: .fields(request), location: location))
                builder.handoff(from: module, to: id(task.key), at: location, payload: nil)
            }
        }
    }
}
