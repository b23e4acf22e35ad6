import SeamsModel

/// A CrewAI flow written in Python (`class X(Flow[State])`): each `@start`/`@listen`/`@router`
/// method is a module. A listener receives what its trigger method hands on; a router's returned
/// labels route to the methods listening to them (the route is a field with those values, which
/// closes loops back to earlier steps too); state fields written by one method and read by another
/// cross between them, typed by the state model; a crew kicked off in a method receives its
/// `inputs` and hands its final output back; `input()` in a method is a human gate.
enum CrewFlowPython {
    struct Method {
        var function: PythonFunction
        var id: String
        /// Method names or labels that trigger it, with where they are written.
        var triggers: [Located<String>] = []
        var isRouter = false
        /// Labels a router returns.
        var labels: [Located<String>] = []
        var reads: [String: SourceLocation] = [:]
        var writes: [String: SourceLocation] = [:]
    }

    static func add(_ flow: PythonClass, prefix: String?, crews: CrewPlacement, models: PydanticModels, into builder: inout ImportBuilder) {
        func id(_ name: String) -> String { prefix.map { "\($0)/\(name)" } ?? name }
        let stateModel = flow.bases.compactMap { base -> String? in
            if case .subscription(let callee, let indices, _) = base.value, callee.lastName == "Flow" { return indices.first?.lastName }
            return nil
        }.first
        let stateFields = stateModel.flatMap { models.fields(of: $0) } ?? []

        var methods: [Method] = []
        for function in flow.methods {
            let start = function.decorator("start")
            let listen = function.decorator("listen")
            let router = function.decorator("router")
            guard start != nil || listen != nil || router != nil else { continue }
            var method = Method(function: function, id: id(function.name))
            for decorator in [start, listen, router].compactMap({ $0 }) {
                for argument in decorator.asCall?.arguments.positional ?? [] { method.triggers += triggers(in: argument) }
            }
            method.isRouter = router != nil
            for statement in function.body.flattened {
                if case .return(let value?, _) = statement {
                    method.labels += labelStrings(value)
                }
                if case .assignment(let targets, _, _, _, _, _) = statement {
                    for target in targets { if let (field, location) = stateField(target) { method.writes[field] = method.writes[field] ?? location } }
                }
                for expression in statement.expressions {
                    var stack = [expression]
                    while let next = stack.popLast() {
                        if let (field, location) = stateField(next), !isTarget(next, of: statement) {
                            method.reads[field] = method.reads[field] ?? location
                        }
                        stack.append(contentsOf: next.children)
                    }
                }
            }
            methods.append(method)
        }
        for method in methods {
            builder.module(method.id, at: method.function.location) { module in
                module.role = Located("flow step \(flow.name).\(method.function.name)" + (method.isRouter ? " (router)" : ""), at: method.function.location)
            }
            var concern = Concern(id: method.id, location: method.function.location)
            if let gate = method.function.body.calls.first(where: { $0.asCall?.callee.dottedName == "input" }) {
                concern.gate = Located(.human, at: gate.location)
            }
            builder.concern(concern, in: method.id)
        }

        func statePayload(from producer: Method, to consumer: Method, extra: [Field] = [], at location: SourceLocation) -> ImportedPayload? {
            let shared = stateFields.filter { producer.writes[$0.name] != nil && consumer.reads[$0.name] != nil }
            let fields = extra + shared
            return fields.isEmpty ? nil : ImportedPayload(payload: .fields(fields), location: extra.first?.location ?? shared.first?.location ?? location)
        }

        for consumer in methods {
            for trigger in consumer.triggers {
                if let producer = methods.first(where: { $0.function.name == trigger.value }) {
                    stepHandoff(from: producer, to: consumer.id, at: trigger.location,
                                payload: statePayload(from: producer, to: consumer, at: trigger.location), flow: flow.name, into: &builder)
                    continue
                }
                let routers = methods.filter { $0.isRouter && $0.labels.contains { $0.value == trigger.value } }
                guard !routers.isEmpty else {
                    builder.warn("crewai.listen-unknown", at: trigger.location,
                                 "\(consumer.function.name) listens to '\(trigger.value)', which is no method of \(flow.name) and no label a @router returns",
                                 fix: "name a method of the flow, or a string one of its routers returns")
                    continue
                }
                for router in routers {
                    var route = Field(name: "route", location: router.labels.first?.location ?? router.function.location)
                    route.type = .string
                    route.required = true
                    var values: [String] = []
                    for label in router.labels where !values.contains(label.value) { values.append(label.value) }
                    route.values = values
                    stepHandoff(from: router, to: consumer.id, at: trigger.location,
                                payload: statePayload(from: router, to: consumer, extra: [route], at: trigger.location), flow: flow.name, into: &builder)
                }
            }
        }
        // State written by one step and read by another crosses between them even without a listen edge.
        for consumer in methods {
            for producer in methods where producer.id != consumer.id {
                guard let payload = statePayload(from: producer, to: consumer, at: consumer.function.location),
                      case .fields(let fields) = payload.payload, let first = fields.first,
                      let location = consumer.reads[first.name] else { continue }
                stepHandoff(from: producer, to: consumer.id, at: location, payload: payload, flow: flow.name, into: &builder)
            }
        }
        // Crews the flow's steps kick off.
        for method in methods {
            var results: [String: String] = [:]
            for statement in method.function.body.flattened {
                for call in statement.expressions.flatMap(\.calls) {
                    guard let crewName = CrewGlue.kickedCrew(call, crews: crews), let placed = crews.crews[crewName],
                          let first = placed.crew.tasks.first, let last = placed.crew.tasks.last,
                          let entry = crews.id(crewName, first.key), let exit = crews.id(crewName, last.key) else { continue }
                    let inputs = inputFields(call, stateFields: stateFields)
                    stepHandoff(from: method, to: entry, at: call.location,
                                payload: inputs.isEmpty ? nil : ImportedPayload(payload: .fields(inputs), location: call.location), flow: flow.name, into: &builder)
                    builder.handoff(from: exit, to: method.id, at: call.location,
                                    payload: CrewGraph.payload(of: last, models: models, into: &builder)) { CrewGraph.clauses(of: last, into: &$0) }
                    CrewGlue.handOff(call, to: crewName, results: results, crews: crews, models: models, into: &builder)
                }
                if case .assignment(let targets, _, _, let value?, "=", _) = statement, targets.count == 1,
                   case .name(let variable, _) = targets[0], let call = value.calls.first, let crew = CrewGlue.kickedCrew(call, crews: crews) {
                    results[variable] = crew
                }
            }
        }
    }

    /// A handoff from a flow step. An exception in a step stops the flow (CrewAI's fixed behaviour, so
    /// on-error is not left open); fixes say what to write in the flow's Python.
    private static func stepHandoff(from producer: Method, to consumer: String, at location: SourceLocation, payload: ImportedPayload?,
                                    flow: String, into builder: inout ImportBuilder) {
        let step = producer.function.name
        builder.fix("interface.payload", at: location,
                    "Type what \(step) hands on: a field of \(flow)'s state model that \(step) writes (self.state.x = …) and the next step reads, or a Pydantic return type")
        builder.fix("interface.done", at: location,
                    "Check the result in \(step) before it returns (raise, or return a router label such as \"retry\" that a @start/@listen method handles)")
        builder.handoff(from: producer.id, to: consumer, at: location, payload: payload) { interface in
            interface.onError = interface.onError ?? Located("fail: an exception in \(step) stops the flow", at: producer.function.location)
        }
    }

    /// The fields a kickoff's `inputs={...}` passes: typed from the state model when the value is `self.state.x`.
    private static func inputFields(_ call: PythonExpression, stateFields: [Field]) -> [Field] {
        guard let inputs = call.asCall?.arguments.keyword("inputs")?.value, case .dict(let entries, _) = inputs else { return [] }
        return entries.compactMap { entry -> Field? in
            guard let key = entry.key?.stringValue else { return nil }
            if let (name, _) = stateField(entry.value), var field = stateFields.first(where: { $0.name == name }) {
                field.name = key
                return field
            }
            var field = Field(name: key, location: entry.key?.location ?? entry.value.location)
            if entry.value.stringValue != nil { field.type = .string }
            field.required = true
            return field
        }
    }

    /// Trigger names in a decorator argument: `method`, `"label"`, `or_(a, b)`, `and_(a, "x")`.
    private static func triggers(in expression: PythonExpression) -> [Located<String>] {
        if let text = expression.stringValue { return [Located(text, at: expression.location)] }
        if let call = expression.asCall, ["or_", "and_"].contains(call.callee.lastName ?? "") {
            return call.arguments.positional.flatMap(triggers)
        }
        return expression.lastName.map { [Located($0, at: expression.location)] } ?? []
    }

    /// String literals a router's `return` yields (`return "a"`, `return "a" if x else "b"`).
    private static func labelStrings(_ expression: PythonExpression) -> [Located<String>] {
        if let text = expression.stringValue { return [Located(text, at: expression.location)] }
        if case .operation(let operands, let text, _) = expression, text.contains("if") {
            return operands.enumerated().filter { $0.offset != 1 }.flatMap { labelStrings($0.element) }
        }
        return []
    }

    /// `self.state.x` (or `self.state["x"]`): the field and where it is written.
    private static func stateField(_ expression: PythonExpression) -> (String, SourceLocation)? {
        switch expression {
        case .attribute(let base, let name, let location):
            if case .attribute(let owner, "state", _) = base, owner.lastName == "self" { return (name, location) }
        case .subscription(let base, let indices, let location):
            if case .attribute(let owner, "state", _) = base, owner.lastName == "self", let key = indices.first?.stringValue { return (key, location) }
        default: break
        }
        return nil
    }

    private static func isTarget(_ expression: PythonExpression, of statement: PythonStatement) -> Bool {
        guard case .assignment(let targets, _, _, _, "=", _) = statement else { return false }
        return targets.contains { $0.location == expression.location }
    }
}
