import SeamsModel

/// Python that feeds one crew's result to another: `r = ResearchCrew().crew().kickoff(inputs=...)`
/// then `WriterCrew().crew().kickoff(inputs={"notes": r.raw})`. The first crew's final output
/// crosses to the second crew's tasks that use the `{notes}` placeholder (its first task if none do).
enum CrewGlue {
    static func add(_ bodies: [[PythonStatement]], crews: CrewPlacement, models: PydanticModels, into builder: inout ImportBuilder) {
        for statements in bodies {
            var results: [String: String] = [:]
            for statement in statements.flattened {
                for call in statement.expressions.flatMap(\.calls) {
                    guard let consumer = kickedCrew(call, crews: crews) else { continue }
                    handOff(call, to: consumer, results: results, crews: crews, models: models, into: &builder)
                }
                if case .assignment(let targets, _, _, let value?, "=", _) = statement, targets.count == 1,
                   case .name(let variable, _) = targets[0], let call = value.calls.first, let crew = kickedCrew(call, crews: crews) {
                    results[variable] = crew
                }
            }
        }
    }

    /// Hands each earlier crew result named in `inputs=` to the crew `consumer`.
    static func handOff(_ call: PythonExpression, to consumer: String, results: [String: String], crews: CrewPlacement,
                        models: PydanticModels, into builder: inout ImportBuilder) {
        guard let inputs = call.asCall?.arguments.keyword("inputs")?.value, case .dict(let entries, _) = inputs else { return }
        for entry in entries {
            guard let key = entry.key?.stringValue else { continue }
            let names = names(in: entry.value)
            for name in names {
                guard let producer = results[name], producer != consumer, let placed = crews.crews[producer],
                      let last = placed.crew.tasks.last, let from = crews.id(producer, last.key) else { continue }
                for target in consumers(of: key, in: consumer, crews: crews) {
                    builder.handoff(from: from, to: target, at: entry.value.location,
                                    payload: CrewGraph.payload(of: last, models: models, into: &builder)) { CrewGraph.clauses(of: last, into: &$0) }
                }
            }
        }
    }

    /// Module ids of the tasks of `crew` that use `{placeholder}`, or its first task.
    static func consumers(of placeholder: String, in crew: String, crews: CrewPlacement) -> [String] {
        guard let placed = crews.crews[crew] else { return [] }
        let marker = "{\(placeholder)}"
        let using = placed.crew.tasks.filter { task in
            [task.description?.value, task.expectedOutput?.value].contains { $0?.contains(marker) == true }
        }
        return (using.isEmpty ? Array(placed.crew.tasks.prefix(1)) : using).compactMap { crews.id(crew, $0.key) }
    }

    /// The crew a `kickoff(...)` call runs: `X().crew().kickoff()`, `X().crew().kickoff_async()`, `crew.kickoff()`.
    static func kickedCrew(_ call: PythonExpression, crews: CrewPlacement) -> String? {
        guard let callee = call.asCall?.callee, case .attribute(let base, let method, _) = callee,
              ["kickoff", "kickoff_async", "akickoff", "kickoff_for_each", "kickoff_for_each_async"].contains(method) else { return nil }
        if let inner = base.asCall, case .attribute(let owner, "crew", _) = inner.callee, let constructor = owner.asCall?.callee.lastName,
           crews.crews[constructor] != nil {
            return constructor
        }
        if case .name(let variable, _) = base, crews.crews[variable] != nil { return variable }
        return nil
    }

    /// Plain names an expression reads (`r` in `r.raw`, `str(r)`, `f"{r}"` is not parsed).
    static func names(in expression: PythonExpression) -> [String] {
        var found: [String] = []
        var stack = [expression]
        while let next = stack.popLast() {
            if case .name(let name, _) = next { found.append(name) }
            stack.append(contentsOf: next.children)
        }
        return found
    }
}
