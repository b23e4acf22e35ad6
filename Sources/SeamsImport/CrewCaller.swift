import SeamsModel

/// The crew's boundary against the Python that runs it: `result = X().crew().kickoff(...)` in a
/// script or `main.py`, then reads of what CrewAI's `CrewOutput` holds. The crew's final task (or
/// task `i` for `result.tasks_output[i]`) hands its output to a `caller` module, typed as the task
/// types it. As CrewAI's `CrewOutput` defines them: `raw` is the final task's text; `pydantic` its
/// `output_pydantic` model (None otherwise); `json_dict` its `output_json` dict (None otherwise);
/// `result["x"]` the model's attribute or the dict's key (KeyError otherwise).
enum CrewCaller {
    static let module = "caller"

    /// What one expression reads of a crew's result.
    struct Read {
        enum Part {
            /// The text (`raw`, `str(result)`) or the whole result passed on.
            case whole
            case raw
            /// A field by name, through `pydantic`, `json_dict` or `result[...]`.
            case field(String, through: Through)
        }
        enum Through { case pydantic, jsonDict, item }
        var taskIndex: Int?
        var part: Part
        /// `result` or `result.tasks_output[0]`.
        var owner: String
        /// The read as Python writes it, e.g. `result.pydantic.title`.
        var text: String
        var location: SourceLocation
    }

    private enum Step {
        case attribute(String)
        case index(String?, Int?)
        case method(String, String?)
    }

    static func add(_ bodies: [[PythonStatement]], crews: CrewPlacement, models: PydanticModels, into builder: inout ImportBuilder) {
        for statements in bodies {
            var results: [String: (crew: String, location: SourceLocation)] = [:]
            for statement in statements.flattened {
                var reads: [(String, Read)] = []
                // An assignment's targets are written, not read.
                var read = statement.expressions
                if case .assignment(_, _, _, let value, _, _) = statement { read = value.map { [$0] } ?? [] }
                for expression in read { collect(expression, results: results, crews: crews, into: &reads) }
                for (variable, read) in reads {
                    guard let kicked = results[variable] else { continue }
                    hand(read, of: kicked.crew, kickedAt: kicked.location, crews: crews, models: models, into: &builder)
                }
                if case .assignment(let targets, _, _, let value?, "=", _) = statement, targets.count == 1,
                   case .name(let variable, _) = targets[0] {
                    // `X().crew().kickoff(...)`, or `await X().crew().kickoff_async(...)`.
                    var run = value
                    if case .operation(let operands, "await", _) = value, operands.count == 1 { run = operands[0] }
                    if run.asCall != nil, let crew = CrewGlue.kickedCrew(run, crews: crews) {
                        results[variable] = (crew, run.location)
                    } else {
                        results[variable] = nil
                    }
                }
            }
        }
    }

    /// Reads of tracked results in `expression`; a kickoff's own arguments belong to the glue between crews.
    private static func collect(_ expression: PythonExpression, results: [String: (crew: String, location: SourceLocation)],
                                crews: CrewPlacement, into reads: inout [(String, Read)]) {
        var stack = [expression]
        while let next = stack.popLast() {
            if CrewGlue.kickedCrew(next, crews: crews) != nil { continue }
            if let (variable, steps) = chain(next), results[variable] != nil {
                if let read = interpret(steps, at: next.location, variable: variable) { reads.append((variable, read)) }
                continue
            }
            stack.append(contentsOf: next.children.reversed())
        }
    }

    /// `result.tasks_output[0].pydantic.title` as the name `result` and its steps.
    private static func chain(_ expression: PythonExpression) -> (String, [Step])? {
        switch expression {
        case .name(let name, _):
            return (name, [])
        case .attribute(let base, let name, _):
            return chain(base).map { ($0.0, $0.1 + [.attribute(name)]) }
        case .subscription(let base, let indices, _):
            guard indices.count == 1 else { return nil }
            let index = indices[0]
            var number: Int?
            if case .number(let text, _) = index { number = Int(text) }
            if case .operation(let operands, "-", _) = index, operands.count == 1, case .number(let text, _) = operands[0] { number = Int(text).map { -$0 } }
            return chain(base).map { ($0.0, $0.1 + [.index(index.stringValue, number)]) }
        case .call(let callee, let arguments, _):
            guard case .attribute(let base, let method, _) = callee else { return nil }
            return chain(base).map { ($0.0, $0.1 + [.method(method, arguments.first?.value.stringValue)]) }
        default:
            return nil
        }
    }

    private static func interpret(_ steps: [Step], at location: SourceLocation, variable: String) -> Read? {
        var rest = steps[...]
        var taskIndex: Int?
        if case .attribute("tasks_output")? = rest.first {
            guard rest.count >= 2, case .index(_, let number?) = rest[rest.startIndex + 1] else { return nil }
            taskIndex = number
            rest = rest.dropFirst(2)
        }
        let owner = taskIndex.map { "\(variable).tasks_output[\($0)]" } ?? variable
        func read(_ part: Read.Part) -> Read {
            let text = switch part {
            case .whole: owner
            case .raw: "\(owner).raw"
            case .field(let name, .pydantic): "\(owner).pydantic.\(name)"
            case .field(let name, .jsonDict): "\(owner).json_dict[\"\(name)\"]"
            case .field(let name, .item): "\(owner)[\"\(name)\"]"
            }
            return Read(taskIndex: taskIndex, part: part, owner: owner, text: text, location: location)
        }
        guard let first = rest.first else { return read(.whole) }
        let second = rest.dropFirst().first
        switch first {
        case .attribute("raw"), .attribute("json"):
            return read(.raw)
        case .attribute("pydantic"):
            if case .attribute(let name)? = second { return read(.field(name, through: .pydantic)) }
            return second == nil ? read(.whole) : nil
        case .attribute("json_dict"):
            switch second {
            case .index(let key?, _)?, .method("get", let key?)?: return read(.field(key, through: .jsonDict))
            case nil: return read(.whole)
            default: return nil
            }
        case .index(let key?, _) where taskIndex == nil:
            return read(.field(key, through: .item))
        case .method("to_dict", _):
            if case .index(let key?, _)? = second { return read(.field(key, through: .item)) }
            return read(.whole)
        default:
            return nil
        }
    }

    private static func hand(_ read: Read, of crewName: String, kickedAt: SourceLocation, crews: CrewPlacement, models: PydanticModels,
                             into builder: inout ImportBuilder) {
        guard let placed = crews.crews[crewName], !placed.crew.tasks.isEmpty else { return }
        let tasks = placed.crew.tasks
        let position = read.taskIndex.map { $0 < 0 ? tasks.count + $0 : $0 } ?? tasks.count - 1
        guard tasks.indices.contains(position), let from = crews.id(crewName, tasks[position].key) else { return }
        let task = tasks[position]
        let caller = builder.module(module, at: kickedAt) { module in
            module.role = Located("the Python that runs kickoff() and reads its result", at: kickedAt)
        }
        builder.handoff(from: from, to: caller, at: read.location, payload: CrewGraph.payload(of: task, models: models, into: &builder)) {
            CrewGraph.clauses(of: task, into: &$0)
        }
        let kind = task.outputKind ?? "output_pydantic"
        switch read.part {
        case .whole:
            break
        case .raw:
            guard let model = task.outputModel else { return }
            builder.note("crewai.raw-over-typed", at: read.location,
                         "\(read.text) is the text of task '\(task.key)', which has \(kind)=\(model.value): the caller reparses what CrewAI already validated",
                         fix: kind == "output_json" ? "read \(read.owner).json_dict[\"…\"] instead" : "read \(read.owner).pydantic.<field> instead")
        case .field(let name, let through):
            let needed = through == .pydantic ? "output_pydantic" : through == .jsonDict ? "output_json" : nil
            guard let model = task.outputModel, needed == nil || needed == kind else {
                let what = through == .pydantic ? "its pydantic is None" : through == .jsonDict ? "its json_dict is None" : "CrewAI raises KeyError"
                builder.warn("crewai.output-field-unknown", at: read.location,
                             "\(read.text) reads '\(name)', and task '\(task.key)' has no \(needed ?? "output_pydantic or output_json"): \(what)",
                             fix: "give task '\(task.key)' \(needed ?? "output_pydantic")=<a model with a '\(name)' field>, or read .raw")
                return
            }
            guard let fields = models.fields(of: model.value), !fields.contains(where: { $0.name == name }) else { return }
            builder.warn("crewai.output-field-unknown", at: read.location,
                         "\(read.text) reads '\(name)', which \(model.value) (\(kind) of task '\(task.key)') does not have; it has "
                            + fields.map(\.name).joined(separator: ", "),
                         fix: "add \(name) to \(model.value), or read one of its fields")
        }
    }
}
