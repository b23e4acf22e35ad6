import SeamsModel

/// The crew's boundary: the `{placeholders}` of its tasks and agents against the keys of the
/// `kickoff(inputs=...)` calls that run it. A placeholder no kickoff supplies makes CrewAI raise
/// when it interpolates; an input no placeholder uses reaches no agent.
enum CrewInputs {
    struct Kickoff {
        var crew: String
        /// The keys of a literal `inputs` dict (or a name assigned one), nil when they cannot be read statically.
        var keys: [Located<String>]?
        var location: SourceLocation
    }

    static func check(_ python: CrewProjectPython, crews: CrewPlacement, into builder: inout ImportBuilder) {
        var bodies = python.plainBodies.map(\.statements)
        for flow in python.flows { bodies += flow.definition.methods.map(\.body) }
        var kickoffs: [Kickoff] = []
        for statements in bodies {
            var dicts: [String: PythonExpression] = [:]
            for statement in statements.flattened {
                for call in statement.expressions.flatMap(\.calls) {
                    guard let crew = CrewGlue.kickedCrew(call, crews: crews) else { continue }
                    var inputs = call.asCall?.arguments.keyword("inputs")?.value
                    if case .name(let name, _)? = inputs { inputs = dicts[name] }
                    kickoffs.append(Kickoff(crew: crew, keys: inputs.flatMap(keys), location: call.location))
                }
                if case .assignment(let targets, _, _, let value?, "=", _) = statement, targets.count == 1,
                   case .name(let name, _) = targets[0], case .dict = value {
                    dicts[name] = value
                }
            }
        }
        for (crewName, placed) in crews.crews.sorted(by: { $0.key < $1.key }) {
            let runs = kickoffs.filter { $0.crew == crewName }
            guard !runs.isEmpty, runs.allSatisfy({ $0.keys != nil }) else { continue }
            var used: [String: SourceLocation] = [:]
            var texts: [Located<String>] = []
            for task in placed.crew.tasks { texts += [task.description, task.expectedOutput].compactMap { $0 } }
            for agent in placed.crew.agents { texts += [agent.role, agent.goal].compactMap { $0 } }
            for text in texts {
                for name in placeholders(in: text.value) where used[name] == nil { used[name] = text.location }
            }
            for run in runs {
                let supplied = Set((run.keys ?? []).map(\.value))
                for (name, location) in used.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) where !supplied.contains(name) {
                    builder.warn("crewai.input-missing", at: location,
                                 "{\(name)} is interpolated here, and the kickoff at \(run.location) passes no '\(name)' input; CrewAI raises when it fills the template",
                                 fix: "add \"\(name)\": … to that kickoff's inputs, or remove {\(name)}")
                }
                for key in run.keys ?? [] where used[key.value] == nil {
                    builder.warn("crewai.input-unused", at: key.location,
                                 "input '\(key.value)' of this kickoff is no {placeholder} of \(crewName)'s tasks or agents, so no agent sees it",
                                 fix: "use {\(key.value)} in a task's description or expected_output, or drop the input")
                }
            }
        }
    }

    /// Keys of a dict literal, nil when it has `**` entries or non-string keys.
    private static func keys(_ expression: PythonExpression) -> [Located<String>]? {
        guard case .dict(let entries, _) = expression else { return nil }
        var keys: [Located<String>] = []
        for entry in entries {
            guard let key = entry.key, let text = key.stringValue else { return nil }
            keys.append(Located(text, at: key.location))
        }
        return keys
    }

    /// `{name}` placeholders as CrewAI interpolates them (a letter or `_`, then letters, digits, `_` or `-`).
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var scalars = text.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "{") {
            scalars = scalars[scalars.index(after: open)...]
            let name = scalars.prefix { $0 == "_" || $0 == "-" || ($0.value < 128 && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
            guard let first = name.first, first == "_" || first.properties.isAlphabetic,
                  scalars.dropFirst(name.count).first == "}" else { continue }
            found.append(String(String.UnicodeScalarView(name)))
        }
        return found
    }
}
