import Foundation
import SeamsModel

/// The Functional API: an `@entrypoint` function and the `@task`s it calls. Each is a module; a
/// call hands the task its arguments, typed by its parameter annotations, and the task hands back
/// its result, typed by its return annotation.
enum LangGraphFunctionalAPI {
    static func add(_ entrypoint: PythonFunction, sources: PythonProjectSources, into builder: inout ImportBuilder) {
        let entry = builder.module(entrypoint.name, at: entrypoint.location) { module in
            module.role = Located("@entrypoint workflow", at: entrypoint.location)
        }
        gate(entrypoint, module: entry, into: &builder)
        for call in entrypoint.body.calls {
            guard let callee = call.asCall?.callee, let task = sources.function(named: callee), task.decorator("task") != nil else { continue }
            let id = builder.module(task.name, at: task.location) { module in
                module.role = Located("@task", at: task.location)
            }
            gate(task, module: id, into: &builder)
            let parameters = sources.parameters(of: task)
            for parameter in parameters where parameter.annotation == nil {
                builder.warn("langgraph.untyped-task", at: parameter.location, "task '\(task.name)' takes '\(parameter.name)' without a type",
                             fix: "annotate the parameter (\(parameter.name): MyInput) with a type, TypedDict, dataclass or Pydantic model")
            }
            let arguments = parameters.map { parameter in
                var field = parameter.annotation.map { sources.records.field(annotation: $0, name: parameter.name, at: parameter.location, depth: 0) }
                    ?? Field(name: parameter.name, location: parameter.location)
                if field.required == nil { field.required = !parameter.hasDefault }
                return field
            }
            builder.handoff(from: entry, to: id, at: call.location, payload: arguments.isEmpty ? nil : ImportedPayload(payload: .fields(arguments), location: task.location))
            var result: ImportedPayload?
            if let annotation = task.returnAnnotation {
                let field = sources.records.field(annotation: annotation, name: "result", at: task.location, depth: 0)
                result = ImportedPayload(payload: .fields(field.type == .object && field.fields != nil ? field.fields ?? [] : [field]), location: task.location)
            } else {
                builder.warn("langgraph.untyped-task", at: task.location, "task '\(task.name)' returns an unannotated value to '\(entry)'",
                             fix: "annotate the task's return type (def \(task.name)(...) -> MyResult:) with a TypedDict, dataclass or Pydantic model")
            }
            builder.handoff(from: id, to: entry, at: task.location, payload: result)
        }
    }

    private static func gate(_ function: PythonFunction, module: String, into builder: inout ImportBuilder) {
        var concern = Concern(id: module, location: function.location)
        if let call = function.body.calls.first(where: { $0.asCall?.callee.lastName == "interrupt" }) {
            concern.gate = Located(.human, at: call.location)
        }
        builder.concern(concern, in: module)
    }
}
