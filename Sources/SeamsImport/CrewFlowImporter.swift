import SeamsModel

/// Imports a declarative CrewAI flow (`schema: crewai.flow/v1`): each method is a module (a
/// method that runs an inline crew contributes that crew's tasks), `listen:` edges are handoffs,
/// and a router's `emit:` list types the route it hands on.
enum CrewFlowImporter {
    static let flowKeys: Set<String> = ["schema", "name", "description", "state", "methods", "config", "persistence"]
    static let methodKeys: Set<String> = ["start", "listen", "router", "emit", "do", "description"]

    static func add(_ node: SourceNode, file: String, models: PydanticModels, into builder: inout ImportBuilder) {
        builder.warnUnknownKeys(node.entries, known: flowKeys, in: "the flow", framework: "CrewAI")
        guard let methods = node["methods"] else {
            builder.warn("crewai.flow-empty", at: node.location, "the flow has no `methods:`", fix: "add the flow's methods")
            return
        }
        var entry: [String: String] = [:]
        var exit: [String: String] = [:]
        var exitPayload: [String: ImportedPayload] = [:]
        var emitted: [String: (router: String, values: [String], location: SourceLocation)] = [:]

        for method in methods.entries {
            guard let name = method.key.scalarText else { continue }
            let body = method.value
            builder.warnUnknownKeys(body.entries, known: methodKeys, in: "method '\(name)'", framework: "CrewAI")
            let action = body["do"]
            let with = action?["with"]
            if action?.text("call")?.value == "crew", let with {
                var crew = CrewDefinition(name: name, location: method.key.location)
                for agent in with["agents"]?.entries ?? [] {
                    guard let key = agent.key.scalarText else { continue }
                    crew.agents.append(CrewDefinition.agent(key: key, at: agent.key.location, node: agent.value, into: &builder))
                }
                for item in with["tasks"]?.items ?? [] {
                    guard let key = item.text("name") else { continue }
                    crew.tasks.append(CrewDefinition.task(key: key.value, at: key.location, node: item, into: &builder))
                }
                if let first = crew.tasks.first, let last = crew.tasks.last {
                    CrewGraph.add(crew, prefix: name, models: models, into: &builder)
                    entry[name] = "\(name)/\(first.key)"
                    exit[name] = "\(name)/\(last.key)"
                    exitPayload[name] = CrewGraph.payload(of: last, models: models, into: &builder)
                    continue
                }
            }
            builder.module(name, at: method.key.location) { module in
                module.role = with?.text("role") ?? action?.text("call").map { Located("flow step (\($0.value))", at: $0.location) }
                module.objective = with?.text("goal")
            }
            entry[name] = name
            exit[name] = name
            if body.bool("router") == true {
                let values = body.strings("emit")
                for value in values {
                    emitted[value.value] = (name, values.map(\.value), value.location)
                }
            }
        }

        for method in methods.entries {
            guard let name = method.key.scalarText, let consumer = entry[name], let listen = method.value["listen"] else { continue }
            var sources: [Located<String>] = []
            if let text = listen.located {
                // `listen: a`, or a condition such as `or_(a, b)`.
                for word in text.value.matches(of: /[A-Za-z_]\w*/) where !["or_", "and_"].contains(String(word.0)) {
                    sources.append(Located(String(word.0), at: text.location))
                }
            } else {
                sources = listen.items.compactMap(\.located)
            }
            let input = method.value["do"].map(mentionedOutputs) ?? []
            // An output read in the method's input is a handoff even when the method listens elsewhere.
            let listened = Set(sources.map(\.value))
            for mentioned in input.sorted() where !listened.contains(mentioned) {
                guard let producer = exit[mentioned] else { continue }
                builder.handoff(from: producer, to: consumer, at: method.value["do"]?.location ?? method.key.location,
                                payload: exitPayload[mentioned])
            }
            for source in sources {
                if let producer = exit[source.value] {
                    let payload = input.contains(source.value) ? exitPayload[source.value] : nil
                    builder.handoff(from: producer, to: consumer, at: source.location, payload: payload)
                } else if let route = emitted[source.value], let producer = exit[route.router] {
                    var field = Field(name: "route", location: route.location)
                    field.type = .string
                    field.values = route.values
                    field.required = true
                    builder.handoff(from: producer, to: consumer, at: source.location,
                                    payload: ImportedPayload(payload: .fields([field]), location: route.location))
                } else {
                    builder.warn("crewai.listen-unknown", at: source.location,
                                 "method '\(name)' listens to '\(source.value)', which is no method or router label of the flow",
                                 fix: "name a method of the flow or a value a router emits")
                }
            }
        }
    }

    /// Method names referenced as `${outputs.NAME...}` anywhere under a node.
    private static func mentionedOutputs(_ node: SourceNode) -> Set<String> {
        var names: Set<String> = []
        var stack = [node]
        var visited = 0
        while let next = stack.popLast(), visited < 10_000 {
            visited += 1
            switch next.value {
            case .scalar(let text, _):
                for match in text.matches(of: /outputs\.([A-Za-z_]\w*)/) { names.insert(String(match.1)) }
            case .mapping(let entries): stack.append(contentsOf: entries.map(\.value))
            case .sequence(let items): stack.append(contentsOf: items)
            }
        }
        return names
    }
}
